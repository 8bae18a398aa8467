import type { PlaybookTemplate } from './template';

/**
 * New-logo B2B SaaS: the buyer lane follows Gartner's six B2B buying jobs. Validation and
 * consensus creation are always on — buyers do them throughout, not as a phase at the end —
 * and most jobs are revisitable because buying groups loop back.
 */
export const b2bSaasNewLogoTemplate: PlaybookTemplate = {
  id: 'b2b-saas-new-logo',
  name: 'B2B SaaS new logo',
  motion: 'New logo',
  description:
    "Winning a new customer for a B2B software product. The buyer lane follows Gartner's six B2B buying jobs; " +
    'validation and consensus creation run through the whole journey. Each seller step is linked to the buyer step it helps with.',

  buyer: [
    {
      name: 'Problem identification',
      expectedDays: 14,
      revisitable: true,
      exitCriteria: [
        { statement: 'Economic buyer has named the problem as a priority for this fiscal year, in a meeting or in writing.', actor: 'buyer' },
        { statement: 'Buyer has shared their own estimate (a figure or a range) of what the problem costs today.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-pi-notice',
          title: 'Recognise a business problem worth solving',
          description:
            'A leader or user notices a gap — missed targets, manual work, risk or churn — and raises it internally as something to fix.',
          expectedDays: 7,
          roles: ['Champion', 'User'],
        },
        {
          key: 'b-pi-quantify',
          title: 'Quantify the cost of the problem',
          description:
            'Estimate what the problem costs today in revenue, hours, risk or customer loss, so it can compete with other priorities for budget.',
          required: true,
          expectedDays: 5,
          roles: ['Champion', 'Finance'],
        },
        {
          key: 'b-pi-sponsor',
          title: 'Win an executive sponsor for fixing it',
          description:
            'Take the problem to the leader who owns the outcome and get agreement that solving it is a priority this year.',
          required: true,
          expectedDays: 5,
          roles: ['Economic buyer', 'Champion'],
        },
      ],
    },
    {
      name: 'Solution exploration',
      expectedDays: 21,
      revisitable: true,
      exitCriteria: [
        { statement: 'Buyer has decided to buy a product rather than build in-house or do nothing, and has told us so.', actor: 'buyer' },
        { statement: 'Buyer has confirmed that we are on their list of vendors to consider.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-se-research',
          title: 'Research ways to solve the problem',
          description:
            'Read analyst reports, peer reviews and vendor content, and ask peers at other companies how they solved the same problem.',
          expectedDays: 10,
          roles: ['Champion', 'User'],
        },
        {
          key: 'b-se-approach',
          title: 'Choose between building, buying or changing the process',
          description:
            'Compare solving the problem in-house, with a product, or by changing how the team works, and settle on one direction.',
          required: true,
          expectedDays: 7,
          roles: ['Economic buyer', 'Champion', 'Technical evaluator'],
        },
        {
          key: 'b-se-longlist',
          title: 'Draw up a long list of vendors',
          description: 'Gather four to eight vendors that fit the chosen approach from search, review sites, analysts and referrals.',
          expectedDays: 5,
          roles: ['Champion'],
        },
      ],
    },
    {
      name: 'Requirements building',
      expectedDays: 21,
      revisitable: true,
      exitCriteria: [
        { statement: 'Buyer has shared written requirements or an RFP with us.', actor: 'buyer' },
        { statement: 'Economic buyer has confirmed the budget range in writing.', actor: 'buyer' },
        { statement: 'Buyer has named the people who will approve the purchase.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-rb-team',
          title: 'Form the buying group',
          description:
            'Name the people who will evaluate and approve the purchase: users, IT and security, finance, procurement and the sponsor.',
          required: true,
          expectedDays: 5,
          roles: ['Economic buyer', 'Champion'],
        },
        {
          key: 'b-rb-requirements',
          title: 'Write down must-have requirements',
          description:
            'Agree functional, technical, security and commercial requirements, and separate the must-haves from the nice-to-haves.',
          required: true,
          expectedDays: 10,
          roles: ['Champion', 'Technical evaluator', 'User'],
        },
        {
          key: 'b-rb-criteria',
          title: 'Agree decision criteria and the approval process',
          description: 'Settle how vendors will be scored, who has to sign off, and the timeline to a decision.',
          required: true,
          expectedDays: 5,
          roles: ['Economic buyer', 'Champion', 'Procurement'],
        },
        {
          key: 'b-rb-budget',
          title: 'Set a budget range',
          description: 'Finance or the sponsor sets the range the purchase must fit, or agrees the route to find new budget.',
          expectedDays: 10,
          roles: ['Economic buyer', 'Finance'],
        },
      ],
    },
    {
      name: 'Supplier selection',
      expectedDays: 30,
      revisitable: true,
      exitCriteria: [
        { statement: 'Buyer has told us in writing that we are their preferred vendor.', actor: 'buyer' },
        { statement: "Buyer's evaluation team has signed off the agreed proof-of-concept success criteria as met.", actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-ss-shortlist',
          title: 'Shortlist vendors',
          description: 'Cut the long list to two or three vendors that meet the must-have requirements.',
          required: true,
          expectedDays: 7,
          roles: ['Champion', 'Technical evaluator'],
        },
        {
          key: 'b-ss-evaluate',
          title: 'Evaluate the shortlisted products hands-on',
          description:
            "Watch tailored demos and run a trial or proof of concept on the buyer's own use cases and data, scored against the agreed criteria.",
          required: true,
          expectedDays: 21,
          roles: ['Technical evaluator', 'User', 'Champion'],
        },
        {
          key: 'b-ss-references',
          title: 'Talk to reference customers',
          description: 'Speak to peers at similar companies about the results they got, the implementation and the support.',
          expectedDays: 7,
          roles: ['Champion', 'Economic buyer'],
        },
        {
          key: 'b-ss-select',
          title: 'Select a preferred vendor',
          description: 'Score the shortlist against the decision criteria and pick one vendor to negotiate with.',
          required: true,
          expectedDays: 5,
          roles: ['Economic buyer', 'Champion'],
        },
      ],
    },
    {
      name: 'Validation',
      alwaysOn: true,
      revisitable: true,
      exitCriteria: [
        { statement: "Buyer's finance team has accepted the assumptions in the business case.", actor: 'buyer' },
        { statement: "Buyer's security team has approved the vendor and closed the security questionnaire.", actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-va-business-case',
          title: 'Check that the business case holds up',
          description:
            "Test the expected return against the buyer's own numbers and get finance to agree the assumptions behind it.",
          required: true,
          roles: ['Finance', 'Economic buyer', 'Champion'],
        },
        {
          key: 'b-va-security',
          title: 'Complete security, legal and compliance review',
          description:
            'IT security, legal and privacy teams review the questionnaire, certifications, data processing agreement and contract terms.',
          required: true,
          roles: ['Security', 'Legal', 'Technical evaluator'],
        },
        {
          key: 'b-va-risk',
          title: 'Assess the risk of implementation',
          description: 'Confirm the plan, effort and people needed to go live, and what happens to the business if the rollout slips.',
          roles: ['Technical evaluator', 'Champion'],
        },
      ],
    },
    {
      name: 'Consensus creation',
      alwaysOn: true,
      revisitable: true,
      exitCriteria: [
        { statement: 'Every member of the buying group has stated support for the decision, or no objection to it.', actor: 'buyer' },
        { statement: 'Economic buyer has signed the order form.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-cc-align',
          title: 'Align the buying group behind one option',
          description:
            'The sponsor and champion work through disagreements between functions until the group backs a single option.',
          required: true,
          roles: ['Champion', 'Economic buyer'],
        },
        {
          key: 'b-cc-approve',
          title: 'Obtain internal approvals and sign',
          description: 'Take the purchase through procurement and the approval chain, then sign the order form.',
          required: true,
          roles: ['Economic buyer', 'Procurement', 'Legal'],
        },
        {
          key: 'b-cc-plan',
          title: 'Agree a go-live plan with the vendor',
          description: 'Agree owners, dates and success measures for the rollout, so the decision can be defended internally.',
          roles: ['Champion', 'Technical evaluator'],
        },
      ],
    },
  ],

  seller: [
    {
      name: 'Prospect & qualify',
      expectedDays: 14,
      exitCriteria: [
        { statement: 'Buyer has accepted a discovery meeting with the problem owner attending.', actor: 'buyer' },
        { statement: 'AE has recorded a named problem and a named potential sponsor on the opportunity.', actor: 'seller' },
      ],
      steps: [
        {
          key: 's-pq-research',
          title: 'Research the account and its trigger events',
          description:
            'Look for triggers such as funding, a new leader or missed results, and map the likely stakeholders before reaching out.',
          expectedDays: 3,
          roles: ['SDR', 'AE'],
        },
        {
          key: 's-pq-teach',
          title: 'Open with an insight about the problem',
          description:
            'Share a point of view, backed by data, that reframes how the buyer sees the problem and what it is costing them.',
          required: true,
          expectedDays: 7,
          roles: ['AE', 'SDR'],
          techniques: [
            { framework: 'Challenger', name: 'Commercial teaching' },
            { framework: 'Challenger', name: 'Reframe' },
          ],
        },
        {
          key: 's-pq-qualify',
          title: 'Qualify the opportunity',
          description:
            'Confirm there is a real problem, a sponsor who can act on it and a plausible route to budget; disqualify early if not.',
          required: true,
          expectedDays: 5,
          roles: ['AE'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Identify pain' },
            { framework: 'MEDDPICC', name: 'Economic buyer' },
            { framework: 'Sandler', name: 'Up-front contract' },
          ],
        },
      ],
    },
    {
      name: 'Discover',
      expectedDays: 21,
      exitCriteria: [
        { statement: 'Champion has agreed the estimated cost of the problem in writing (email or shared document).', actor: 'buyer' },
        { statement: 'Buyer has confirmed who is in the buying group and who signs.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-di-discovery',
          title: 'Explore the situation with the problem owner',
          description:
            'Learn how things work today, where it breaks, what those breakdowns lead to and what fixing them would be worth.',
          required: true,
          expectedDays: 7,
          roles: ['AE', 'SE'],
          techniques: [
            { framework: 'SPIN', name: 'Situation questions' },
            { framework: 'SPIN', name: 'Problem questions' },
            { framework: 'SPIN', name: 'Implication questions' },
            { framework: 'SPIN', name: 'Need-payoff questions' },
            { framework: 'Sandler', name: 'Pain funnel' },
          ],
        },
        {
          key: 's-di-quantify',
          title: 'Estimate the cost of the problem with the champion',
          description: "Build a first value estimate together, using the buyer's own figures rather than industry averages.",
          required: true,
          expectedDays: 5,
          roles: ['AE', 'Champion'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Metrics' },
            { framework: 'Command of the Message', name: 'Negative consequences' },
          ],
        },
        {
          key: 's-di-map',
          title: 'Map the buying group',
          description:
            'Identify the economic buyer, users, technical evaluators, mobilizers and blockers, and what each one gains from change.',
          required: true,
          expectedDays: 7,
          roles: ['AE'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Economic buyer' },
            { framework: 'MEDDPICC', name: 'Champion' },
          ],
        },
        {
          key: 's-di-approach',
          title: 'Help the buyer weigh the options',
          description: 'Lay out build, buy and process-change options honestly, with the trade-offs and risks of each.',
          expectedDays: 5,
          roles: ['AE', 'SE'],
          techniques: [{ framework: 'Challenger', name: 'A new way' }],
        },
      ],
    },
    {
      name: 'Shape solution',
      expectedDays: 21,
      exitCriteria: [
        { statement: 'Buyer has shared the decision criteria and the approval steps to signature.', actor: 'buyer' },
        { statement: 'Champion has confirmed that the demo covered their must-have use cases.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-sh-requirements',
          title: 'Help the buyer write their requirements',
          description:
            'Offer a requirements checklist and buying guide so the group covers security, integration and adoption, not only features.',
          required: true,
          expectedDays: 7,
          roles: ['AE', 'SE'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Decision criteria' },
            { framework: 'Command of the Message', name: 'Required capabilities' },
          ],
        },
        {
          key: 's-sh-process',
          title: 'Confirm the decision and paper process',
          description:
            'Agree with the champion who signs, which reviews (security, legal, procurement) are needed and how long each one takes.',
          required: true,
          expectedDays: 5,
          roles: ['AE', 'Champion'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Decision process' },
            { framework: 'MEDDPICC', name: 'Paper process' },
          ],
        },
        {
          key: 's-sh-demo',
          title: "Demonstrate the buyer's use cases",
          description:
            "Show the agreed use cases in the buyer's own terms and data shape, and tie each one back to the cost of the problem.",
          required: true,
          expectedDays: 7,
          roles: ['SE', 'AE'],
          techniques: [{ framework: 'Command of the Message', name: 'How we do it better' }],
        },
        {
          key: 's-sh-champion',
          title: 'Equip the champion to sell internally',
          description: 'Give the champion a short internal pitch, a one-page value summary and answers to likely objections.',
          expectedDays: 3,
          roles: ['AE', 'Champion'],
          techniques: [{ framework: 'MEDDPICC', name: 'Champion' }],
        },
      ],
    },
    {
      name: 'Prove value',
      expectedDays: 30,
      exitCriteria: [
        { statement: 'Buyer has signed off the proof-of-concept success criteria as met.', actor: 'buyer' },
        { statement: 'Champion has presented the business case to the economic buyer.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-pv-poc',
          title: 'Scope and support a proof of concept',
          description:
            "Agree written success criteria, timeline and resources up front, then support the buyer's team through the evaluation.",
          required: true,
          expectedDays: 21,
          roles: ['SE', 'AE', 'Technical evaluator'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Decision criteria' },
            { framework: 'MEDDPICC', name: 'Competition' },
          ],
        },
        {
          key: 's-pv-references',
          title: 'Arrange reference calls',
          description: 'Connect the buyer with customers of similar size and industry who solved the same problem.',
          expectedDays: 7,
          roles: ['AE'],
          techniques: [{ framework: 'Command of the Message', name: 'Proof points' }],
        },
        {
          key: 's-pv-business-case',
          title: 'Co-build the business case',
          description:
            'Turn the discovery figures and proof-of-concept results into a business case the champion presents, with assumptions finance has checked.',
          required: true,
          expectedDays: 10,
          roles: ['AE', 'Champion', 'Finance'],
          techniques: [
            { framework: 'MEDDPICC', name: 'Metrics' },
            { framework: 'Command of the Message', name: 'Positive business outcomes' },
          ],
        },
        {
          key: 's-pv-security',
          title: 'Answer security and compliance reviews',
          description:
            "Complete the questionnaire, share certifications and the data processing agreement, and offer a call between security teams.",
          required: true,
          expectedDays: 14,
          roles: ['SE', 'Security'],
        },
      ],
    },
    {
      name: 'Propose & negotiate',
      expectedDays: 21,
      exitCriteria: [
        { statement: 'Buyer has agreed a mutual action plan with named owners and dates through to signature.', actor: 'buyer' },
        { statement: 'Procurement has confirmed the final commercial terms are acceptable.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-pn-proposal',
          title: 'Present a proposal tied to the business case',
          description: 'Set out price, scope and terms in a proposal that shows how it delivers the outcomes the buyer agreed.',
          required: true,
          expectedDays: 5,
          roles: ['AE', 'Economic buyer'],
          techniques: [{ framework: 'Command of the Message', name: 'Positive business outcomes' }],
        },
        {
          key: 's-pn-map',
          title: 'Agree a mutual action plan to go-live',
          description:
            'Write down with the champion every remaining step, owner and date through signature and implementation, and share it.',
          required: true,
          expectedDays: 3,
          roles: ['AE', 'Champion'],
          techniques: [{ framework: 'MEDDPICC', name: 'Paper process' }],
        },
        {
          key: 's-pn-negotiate',
          title: 'Negotiate commercial and legal terms',
          description: 'Trade concessions for commitments with procurement and legal, staying within approved discount limits.',
          required: true,
          expectedDays: 14,
          roles: ['AE', 'Deal desk', 'Legal', 'Procurement'],
        },
      ],
    },
    {
      name: 'Close & hand off',
      expectedDays: 14,
      exitCriteria: [
        { statement: 'Buyer has returned the countersigned order form.', actor: 'buyer' },
        { statement: "Buyer's project lead has attended the kickoff and accepted the go-live plan.", actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-ch-close',
          title: 'Secure signature on the order form',
          description: 'Check every approval is complete, send the final order form and follow it through to countersignature.',
          required: true,
          expectedDays: 5,
          roles: ['AE', 'Deal desk'],
        },
        {
          key: 's-ch-handoff',
          title: 'Hand off to onboarding with a success plan',
          description:
            'Brief the CSM and implementation team on goals, stakeholders and commitments made, then introduce them to the buyer.',
          required: true,
          expectedDays: 3,
          roles: ['AE', 'CSM'],
        },
        {
          key: 's-ch-kickoff',
          title: 'Hold a joint kickoff',
          description: "Agree go-live owners, dates and success measures with the buyer's project team.",
          expectedDays: 5,
          roles: ['CSM', 'Implementation lead', 'AE'],
          techniques: [{ framework: 'MEDDPICC', name: 'Metrics' }],
        },
      ],
    },
  ],

  mirrors: [
    { seller: 's-pq-research', buyer: 'b-pi-notice', relation: 'supports', rationale: 'Trigger events show when a buyer is likely to be noticing the problem.' },
    { seller: 's-pq-teach', buyer: 'b-pi-notice', relation: 'supports', rationale: 'An insight helps the buyer see a problem they had accepted as normal.' },
    { seller: 's-pq-teach', buyer: 'b-se-research', relation: 'supports', rationale: 'Useful insight content is part of what buyers read while researching.' },
    { seller: 's-pq-teach', buyer: 'b-se-longlist', relation: 'supports', rationale: 'Teaching early is how we earn a place on the long list.' },
    { seller: 's-pq-qualify', buyer: 'b-pi-sponsor', relation: 'verifies', rationale: 'Qualification checks that a sponsor who can act really exists.' },
    { seller: 's-pq-qualify', buyer: 'b-rb-budget', relation: 'verifies', rationale: 'Qualification checks there is a plausible route to budget.' },
    { seller: 's-di-discovery', buyer: 'b-pi-quantify', relation: 'supports', rationale: 'Implication questions surface the consequences that make up the cost.' },
    { seller: 's-di-quantify', buyer: 'b-pi-quantify', relation: 'supports', rationale: 'A shared value estimate gives the buyer a figure to take to budget holders.' },
    { seller: 's-di-quantify', buyer: 'b-rb-budget', relation: 'supports', rationale: 'The cost of the problem is what justifies the budget range.' },
    { seller: 's-di-map', buyer: 'b-pi-sponsor', relation: 'supports', rationale: 'Knowing who owns the outcome shows the champion whom to approach.' },
    { seller: 's-di-map', buyer: 'b-rb-team', relation: 'supports', rationale: 'We help the champion see who else needs to be in the buying group.' },
    { seller: 's-di-approach', buyer: 'b-se-approach', relation: 'supports', rationale: 'An honest comparison of options helps the buyer choose a direction.' },
    { seller: 's-di-approach', buyer: 'b-se-research', relation: 'supports', rationale: 'We point the buyer to the approaches and sources worth their time.' },
    { seller: 's-sh-requirements', buyer: 'b-rb-requirements', relation: 'supports', rationale: 'A requirements checklist saves the buyer work and avoids gaps.' },
    { seller: 's-sh-requirements', buyer: 'b-rb-criteria', relation: 'supports', rationale: 'Good requirements become the scoring criteria.' },
    { seller: 's-sh-process', buyer: 'b-rb-criteria', relation: 'verifies', rationale: 'Confirms the buyer has an agreed decision and approval process.' },
    { seller: 's-sh-demo', buyer: 'b-ss-shortlist', relation: 'supports', rationale: 'A demo of their use cases shows the buyer we meet the must-haves.' },
    { seller: 's-sh-demo', buyer: 'b-ss-evaluate', relation: 'supports', rationale: 'A tailored demo is often the first part of a hands-on evaluation.' },
    { seller: 's-sh-champion', buyer: 'b-cc-align', relation: 'supports', rationale: 'The champion needs material to win over the rest of the group.' },
    { seller: 's-sh-champion', buyer: 'b-rb-team', relation: 'supports', rationale: 'An internal pitch helps the champion bring the right people in.' },
    { seller: 's-pv-poc', buyer: 'b-ss-evaluate', relation: 'supports', rationale: 'A scoped proof of concept is how the buyer evaluates hands-on.' },
    { seller: 's-pv-poc', buyer: 'b-ss-select', relation: 'verifies', rationale: 'Met success criteria give the buyer an objective basis to select.' },
    { seller: 's-pv-references', buyer: 'b-ss-references', relation: 'supports', rationale: 'We connect the buyer with the peers they want to hear from.' },
    { seller: 's-pv-business-case', buyer: 'b-va-business-case', relation: 'supports', rationale: 'A jointly built case with checked assumptions survives finance review.' },
    { seller: 's-pv-business-case', buyer: 'b-cc-align', relation: 'supports', rationale: 'A shared business case gives the group one story to agree on.' },
    { seller: 's-pv-security', buyer: 'b-va-security', relation: 'supports', rationale: 'Fast, complete answers keep the security review off the critical path.' },
    { seller: 's-pn-proposal', buyer: 'b-ss-select', relation: 'supports', rationale: 'A proposal tied to agreed outcomes makes us easy to choose.' },
    { seller: 's-pn-map', buyer: 'b-cc-approve', relation: 'supports', rationale: 'A shared plan makes every approval step visible and owned.' },
    { seller: 's-pn-map', buyer: 'b-va-risk', relation: 'supports', rationale: 'A plan through go-live shows the buyer the implementation is realistic.' },
    { seller: 's-pn-negotiate', buyer: 'b-cc-approve', relation: 'supports', rationale: 'Procurement and legal need agreed terms before approval.' },
    { seller: 's-ch-close', buyer: 'b-cc-approve', relation: 'verifies', rationale: 'The countersigned order form proves the approvals are done.' },
    { seller: 's-ch-handoff', buyer: 'b-cc-plan', relation: 'supports', rationale: 'The onboarding team must know what the buyer was promised.' },
    { seller: 's-ch-kickoff', buyer: 'b-cc-plan', relation: 'supports', rationale: 'The kickoff is where the go-live plan is agreed with the buyer.' },
    { seller: 's-ch-kickoff', buyer: 'b-va-risk', relation: 'supports', rationale: 'Named owners and dates reduce the implementation risk the buyer sees.' },
  ],

  assumptions: [
    {
      statement:
        'Buyers work on the six buying jobs in parallel and loop back to earlier ones, rather than moving through them in a straight line.',
      source: 'Gartner B2B buying journey research',
      confidence: 'high',
      lastValidatedAt: '2025-09-15',
      revalidateEveryDays: 365,
    },
    {
      statement:
        'A typical buying group for a mid-market or enterprise software purchase has six to ten people, each gathering information on their own.',
      source: 'Gartner B2B buying journey research',
      confidence: 'medium',
      lastValidatedAt: '2025-09-15',
      revalidateEveryDays: 365,
    },
    {
      statement:
        'Buyers spend only a small share of their buying time (around a sixth) meeting suppliers, split across every vendor they consider.',
      source: 'Gartner B2B buying journey research',
      confidence: 'high',
      lastValidatedAt: '2025-09-15',
      revalidateEveryDays: 365,
    },
    {
      statement:
        'Many buyers have a preferred vendor in mind before they first talk to sales, so insight shared early decides whether we make the long list.',
      source: 'Industry B2B buyer surveys; confirm with our own win/loss interviews',
      confidence: 'medium',
      lastValidatedAt: '2026-01-20',
      revalidateEveryDays: 180,
    },
  ],
};
