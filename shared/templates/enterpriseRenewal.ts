import type { PlaybookTemplate } from './template';

/**
 * Renewal and expansion of an existing enterprise customer. The renewal is decided during the
 * term, from the value the customer has seen, so the journey starts at adoption, not at the
 * renewal notice. Validation and consensus run throughout, as in a new-logo deal.
 */
export const enterpriseRenewalTemplate: PlaybookTemplate = {
  id: 'enterprise-renewal',
  name: 'Enterprise renewal / expansion',
  motion: 'Renewal / expansion',
  description:
    'Renewing and growing an existing enterprise account. The customer decides whether to renew from the value it has seen ' +
    'during the term, so the journey starts with adoption and runs through a value review, a scope decision and procurement.',

  buyer: [
    {
      name: 'Adopt and use',
      expectedDays: 90,
      revisitable: true,
      exitCriteria: [
        { statement: "Customer's project owner has confirmed the success measures and their baseline in writing.", actor: 'buyer' },
        { statement: 'Customer has shared at least one quarter of results against the success measures.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-ad-rollout',
          title: 'Roll the product out to the intended users',
          description: 'Get the teams named in the original business case set up, trained and using the product in their daily work.',
          required: true,
          expectedDays: 60,
          roles: ['Project owner', 'Admin', 'User'],
        },
        {
          key: 'b-ad-measure',
          title: 'Track results against the agreed success measures',
          description: 'Measure the outcomes the purchase was meant to deliver and compare them with the baseline from before go-live.',
          required: true,
          expectedDays: 30,
          roles: ['Project owner', 'Executive sponsor'],
        },
        {
          key: 'b-ad-issues',
          title: 'Raise adoption blockers and support issues',
          description: 'Report what is stopping teams from using the product — gaps, defects, missing training — and escalate what stays unresolved.',
          expectedDays: 30,
          roles: ['Admin', 'User'],
        },
      ],
    },
    {
      name: 'Assess value',
      expectedDays: 30,
      revisitable: true,
      exitCriteria: [
        { statement: 'Executive sponsor has attended a business review within the last two quarters.', actor: 'buyer' },
        { statement: "Customer has agreed the review's summary of results, or sent back corrections.", actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-av-review',
          title: 'Review results with the vendor',
          description: 'The sponsor and key users attend a business review that compares outcomes so far with the original goals.',
          required: true,
          expectedDays: 14,
          roles: ['Executive sponsor', 'Project owner'],
        },
        {
          key: 'b-av-sponsor',
          title: 'Reconfirm who sponsors the relationship',
          description: 'After reorganisations or leadership changes, name the leader who now owns the outcome and the renewal budget.',
          required: true,
          expectedDays: 7,
          roles: ['Executive sponsor', 'Economic buyer'],
        },
        {
          key: 'b-av-gaps',
          title: 'Identify unmet needs and new use cases',
          description: 'List problems the product does not yet solve and other teams or regions facing the same problem.',
          expectedDays: 14,
          roles: ['Project owner', 'User', 'Champion'],
        },
      ],
    },
    {
      name: 'Decide renewal scope',
      expectedDays: 30,
      revisitable: true,
      exitCriteria: [
        { statement: 'Customer has stated in writing the scope it intends to renew (products, seats and term).', actor: 'buyer' },
        { statement: 'Customer has told us whether it will run a competitive market check before renewing.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-ds-options',
          title: 'Decide whether to renew, expand, reduce or replace',
          description: 'Weigh the results against cost and alternatives, and choose a direction for the next term.',
          required: true,
          expectedDays: 14,
          roles: ['Economic buyer', 'Executive sponsor'],
        },
        {
          key: 'b-ds-scope',
          title: 'Scope the expansion',
          description: 'Decide which new teams, users, products or use cases to include, and what each must achieve.',
          expectedDays: 14,
          roles: ['Champion', 'Project owner'],
        },
        {
          key: 'b-ds-market',
          title: 'Check alternatives in the market',
          description: 'Procurement or IT compares the incumbent with other vendors, either as a light check or as a formal RFP.',
          expectedDays: 21,
          roles: ['Procurement', 'Technical evaluator'],
        },
      ],
    },
    {
      name: 'Procure and sign',
      expectedDays: 30,
      exitCriteria: [
        { statement: 'Customer has signed the renewal order form before the current term ends.', actor: 'buyer' },
        { statement: 'Customer has issued a purchase order for the renewal.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-ps-negotiate',
          title: 'Negotiate price and terms',
          description: 'Procurement negotiates price, term length, uplift caps and any multi-year or volume commitments.',
          required: true,
          expectedDays: 21,
          roles: ['Procurement', 'Economic buyer'],
        },
        {
          key: 'b-ps-approve',
          title: 'Complete approvals and sign the renewal',
          description: 'Take the renewal through the approval chain and sign the order form before the notice period runs out.',
          required: true,
          expectedDays: 10,
          roles: ['Economic buyer', 'Legal', 'Procurement'],
        },
      ],
    },
    {
      name: 'Roll out the new term',
      expectedDays: 60,
      exitCriteria: [
        { statement: 'Customer has agreed success measures for the new term in writing.', actor: 'buyer' },
        { statement: 'Users in the newly added teams have started using the product.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-ro-success',
          title: 'Agree success measures for the new term',
          description: 'Set the outcomes the renewed and expanded scope must deliver, with a baseline and a date to review them.',
          required: true,
          expectedDays: 14,
          roles: ['Executive sponsor', 'Project owner'],
        },
        {
          key: 'b-ro-launch',
          title: 'Launch the new teams or use cases',
          description: 'Set up, train and bring live the teams or use cases added at renewal.',
          expectedDays: 45,
          roles: ['Project owner', 'Admin'],
        },
      ],
    },
    {
      name: 'Validate and build consensus',
      alwaysOn: true,
      revisitable: true,
      exitCriteria: [
        { statement: "Customer's finance team has approved budget for the renewal term.", actor: 'buyer' },
        { statement: "Customer's security or vendor-risk team has re-approved the vendor.", actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-vc-case',
          title: 'Validate the renewal and expansion business case',
          description: 'Finance and the sponsor check that the results so far justify the cost, and that any expansion has its own return.',
          required: true,
          roles: ['Finance', 'Economic buyer'],
        },
        {
          key: 'b-vc-risk',
          title: 'Re-run the vendor risk and security review',
          description: 'Security, privacy and vendor-risk teams refresh their assessment, especially if scope, data or regulations have changed.',
          roles: ['Security', 'Procurement'],
        },
        {
          key: 'b-vc-align',
          title: 'Align stakeholders behind the decision',
          description: 'The sponsor brings users, IT, finance and procurement to one position on renewal scope and terms.',
          required: true,
          roles: ['Executive sponsor', 'Champion'],
        },
      ],
    },
  ],

  seller: [
    {
      name: 'Onboard and drive adoption',
      expectedDays: 90,
      exitCriteria: [
        { statement: 'Customer has signed off a success plan with measurable outcomes and a baseline.', actor: 'buyer' },
        { statement: 'CSM has recorded an account health score with its reasons.', actor: 'seller' },
      ],
      steps: [
        {
          key: 's-oa-success-plan',
          title: 'Agree a success plan with measurable outcomes',
          description: 'Turn the goals from the sale into outcomes, baselines, owners and review dates that the customer signs off.',
          required: true,
          expectedDays: 14,
          roles: ['CSM', 'Project owner'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Metrics' },
            { framework: 'Command of the Message', name: 'Positive business outcomes' },
          ],
        },
        {
          key: 's-oa-adoption',
          title: 'Drive adoption with training and regular check-ins',
          description: 'Train admins and users, run regular check-ins, and share usage reports with the project owner.',
          required: true,
          expectedDays: 60,
          roles: ['CSM', 'Implementation lead'],
        },
        {
          key: 's-oa-health',
          title: 'Monitor account health and act on risk',
          description: 'Watch usage, support tickets and sponsor engagement, and open a recovery plan as soon as risk appears.',
          expectedDays: 90,
          roles: ['CSM'],
        },
      ],
    },
    {
      name: 'Review value',
      expectedDays: 30,
      exitCriteria: [
        { statement: 'Executive sponsor has attended the business review and agreed next steps.', actor: 'buyer' },
        { statement: 'Account team has a current stakeholder map that names the economic buyer.', actor: 'seller' },
      ],
      steps: [
        {
          key: 's-rv-ebr',
          title: 'Lead an executive business review on outcomes',
          description: 'Present measured results against the success plan, lessons learned and a recommendation for the next term.',
          required: true,
          expectedDays: 14,
          roles: ['CSM', 'Account manager'],
          techniques: [{ framework: 'Command of the Message', name: 'Proof points' }],
        },
        {
          key: 's-rv-stakeholders',
          title: 'Re-map stakeholders and the sponsor',
          description: 'Check who has joined, left or changed role, and confirm who now owns the outcome and the renewal budget.',
          required: true,
          expectedDays: 7,
          roles: ['Account manager', 'CSM'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Economic buyer' },
            { framework: 'MEDDPICC', name: 'Champion' },
          ],
        },
        {
          key: 's-rv-whitespace',
          title: 'Discover new needs and teams',
          description: 'Ask about problems the product does not yet solve and other teams facing the same ones, and quantify what they cost.',
          expectedDays: 14,
          roles: ['Account manager', 'SE'],
          techniques: [
            { framework: 'SPIN', name: 'Problem questions' },
            { framework: 'SPIN', name: 'Implication questions' },
          ],
        },
      ],
    },
    {
      name: 'Plan the renewal',
      expectedDays: 30,
      exitCriteria: [
        { statement: 'Customer has agreed a renewal timeline that finishes before the notice period.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-pr-open',
          title: 'Open the renewal conversation early',
          description: 'At least 120 days before term end, share the value summary with the sponsor and agree the renewal timeline.',
          required: true,
          expectedDays: 7,
          roles: ['Account manager', 'CSM'],
          techniques: [{ framework: 'MEDDPICC', name: 'Decision process' }],
        },
        {
          key: 's-pr-expansion',
          title: 'Shape an expansion recommendation',
          description: 'Show the customer where peers get more value, and propose the teams or products that would deliver it.',
          expectedDays: 14,
          roles: ['Account manager', 'SE'],
          techniques: [
            { framework: 'Challenger', name: 'Commercial teaching' },
            { framework: 'Challenger', name: 'Tailoring' },
          ],
        },
        {
          key: 's-pr-competition',
          title: 'Prepare for a competitive market check',
          description: 'Learn which alternatives the customer is looking at and prepare proof of switching costs and results achieved.',
          expectedDays: 14,
          roles: ['Account manager', 'SE'],
          techniques: [{ framework: 'MEDDPICC', name: 'Competition' }],
        },
      ],
    },
    {
      name: 'Propose',
      expectedDays: 21,
      exitCriteria: [
        { statement: 'Sponsor has presented the renewal business case to finance.', actor: 'buyer' },
        { statement: 'Customer has received the renewal and expansion proposal and confirmed its scope.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-pp-case',
          title: 'Co-build the renewal and expansion business case',
          description: 'Combine measured results with the expected value of expansion into a case the sponsor can take to finance.',
          required: true,
          expectedDays: 10,
          roles: ['Account manager', 'CSM', 'Executive sponsor'],
          techniques: [{ framework: 'MEDDPICC', name: 'Metrics' }],
        },
        {
          key: 's-pp-security',
          title: 'Refresh security and compliance documents',
          description: 'Send updated certifications, questionnaire answers and sub-processor lists before the vendor-risk team asks.',
          expectedDays: 14,
          roles: ['SE', 'Security'],
        },
        {
          key: 's-pp-champion',
          title: 'Equip the sponsor to win internal support',
          description: 'Give the sponsor a short summary of results, the proposal and answers to likely objections from finance and IT.',
          expectedDays: 5,
          roles: ['Account manager', 'Champion'],
          techniques: [{ framework: 'MEDDPICC', name: 'Champion' }],
        },
        {
          key: 's-pp-proposal',
          title: 'Present the renewal and expansion proposal',
          description: 'Set out scope, price and term options, showing how each maps to the outcomes the customer wants next.',
          required: true,
          expectedDays: 5,
          roles: ['Account manager'],
        },
      ],
    },
    {
      name: 'Negotiate and close',
      expectedDays: 30,
      exitCriteria: [
        { statement: 'Customer has returned the signed renewal order form.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-nc-map',
          title: 'Agree a mutual plan to signature before term end',
          description: 'List every approval, owner and date with the sponsor and procurement, leaving a buffer before the notice period.',
          required: true,
          expectedDays: 3,
          roles: ['Account manager', 'Procurement'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Paper process' },
            { framework: 'Sandler', name: 'Up-front contract' },
          ],
        },
        {
          key: 's-nc-negotiate',
          title: 'Negotiate price, term and multi-year options',
          description: 'Trade price or uplift concessions for longer terms, wider scope or case studies, within approved limits.',
          required: true,
          expectedDays: 21,
          roles: ['Account manager', 'Deal desk'],
        },
        {
          key: 's-nc-close',
          title: 'Process the renewal order and confirm signature',
          description: 'Send the final order form, chase it to signature and confirm the purchase order and billing details.',
          required: true,
          expectedDays: 5,
          roles: ['Account manager', 'Deal desk'],
        },
      ],
    },
    {
      name: 'Expand and relaunch',
      expectedDays: 60,
      exitCriteria: [
        { statement: 'Customer has signed off the refreshed success plan for the new term.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-ex-plan',
          title: 'Refresh the success plan for the new term',
          description: 'Update outcomes, baselines and review dates for the renewed scope and agree them with the sponsor.',
          required: true,
          expectedDays: 14,
          roles: ['CSM', 'Executive sponsor'],
          techniques: [{ framework: 'MEDDPICC', name: 'Metrics' }],
        },
        {
          key: 's-ex-kickoff',
          title: "Kick off the new teams' rollout",
          description: 'Hold a kickoff with each new team, agree owners and dates, and schedule their training.',
          expectedDays: 14,
          roles: ['CSM', 'Implementation lead'],
        },
      ],
    },
  ],

  mirrors: [
    { seller: 's-oa-success-plan', buyer: 'b-ad-measure', relation: 'supports', rationale: 'Agreed measures and a baseline make results trackable.' },
    { seller: 's-oa-adoption', buyer: 'b-ad-rollout', relation: 'supports', rationale: 'Training and check-ins get the intended users live.' },
    { seller: 's-oa-health', buyer: 'b-ad-issues', relation: 'supports', rationale: 'Watching health catches blockers the customer has not yet raised.' },
    { seller: 's-oa-health', buyer: 'b-ad-measure', relation: 'verifies', rationale: 'Usage data confirms whether the product is really being used.' },
    { seller: 's-rv-ebr', buyer: 'b-av-review', relation: 'supports', rationale: 'The business review is where the customer reviews results with us.' },
    { seller: 's-rv-stakeholders', buyer: 'b-av-sponsor', relation: 'supports', rationale: 'We help the customer find who now owns the outcome.' },
    { seller: 's-rv-whitespace', buyer: 'b-av-gaps', relation: 'supports', rationale: 'Good questions help the customer see needs they had not listed.' },
    { seller: 's-rv-whitespace', buyer: 'b-ds-scope', relation: 'supports', rationale: 'New needs found in discovery become the expansion scope.' },
    { seller: 's-pr-open', buyer: 'b-ds-options', relation: 'supports', rationale: 'An early value summary gives the customer time to decide well.' },
    { seller: 's-pr-expansion', buyer: 'b-ds-options', relation: 'supports', rationale: 'A clear recommendation makes expansion a real option.' },
    { seller: 's-pr-expansion', buyer: 'b-ds-scope', relation: 'supports', rationale: 'Peer examples help the customer choose what to add.' },
    { seller: 's-pr-competition', buyer: 'b-ds-market', relation: 'supports', rationale: 'Ready proof lets procurement finish its market check quickly.' },
    { seller: 's-pp-case', buyer: 'b-vc-case', relation: 'supports', rationale: 'A jointly built case is what finance validates.' },
    { seller: 's-pp-security', buyer: 'b-vc-risk', relation: 'supports', rationale: 'Current documents shorten the vendor-risk review.' },
    { seller: 's-pp-champion', buyer: 'b-vc-align', relation: 'supports', rationale: 'The sponsor needs material to bring other functions along.' },
    { seller: 's-pp-proposal', buyer: 'b-ps-negotiate', relation: 'supports', rationale: 'Clear options give procurement something concrete to negotiate.' },
    { seller: 's-pp-proposal', buyer: 'b-ds-scope', relation: 'verifies', rationale: 'Confirming the proposal confirms the scope the customer chose.' },
    { seller: 's-nc-map', buyer: 'b-ps-approve', relation: 'supports', rationale: 'A shared plan keeps approvals ahead of the notice period.' },
    { seller: 's-nc-negotiate', buyer: 'b-ps-negotiate', relation: 'supports', rationale: 'We negotiate the terms procurement is working on.' },
    { seller: 's-nc-close', buyer: 'b-ps-approve', relation: 'verifies', rationale: 'The signed order form proves approval is complete.' },
    { seller: 's-ex-plan', buyer: 'b-ro-success', relation: 'supports', rationale: 'The refreshed plan is where the new measures are agreed.' },
    { seller: 's-ex-kickoff', buyer: 'b-ro-launch', relation: 'supports', rationale: 'A kickoff per team gets the added scope live.' },
  ],

  assumptions: [
    {
      statement:
        'The renewal decision is mostly made during the term, from the results the customer has seen, not in the last 30 days before it ends.',
      source: 'Customer success practice; confirm with our own churn and renewal interviews',
      confidence: 'medium',
      lastValidatedAt: '2025-11-01',
      revalidateEveryDays: 180,
    },
    {
      statement: 'The executive sponsor who bought the product has often changed by renewal time, so every renewal re-confirms the sponsor.',
      source: 'Account records on sponsor changes across renewals',
      confidence: 'medium',
      lastValidatedAt: '2025-11-01',
      revalidateEveryDays: 365,
    },
    {
      statement: 'Procurement increasingly runs a market check before multi-year renewals, even when the users are satisfied.',
      source: 'Feedback from procurement teams in renewed and lost accounts',
      confidence: 'low',
      lastValidatedAt: '2026-01-15',
      revalidateEveryDays: 180,
    },
  ],
};
