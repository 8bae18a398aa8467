import type { PlaybookTemplate } from './template';

/**
 * Transactional / SMB: one or two people decide, they try before they talk, and deals close in
 * days or weeks. Fewer, faster stages; the buyer's checks on reviews and terms run throughout.
 */
export const transactionalSmbTemplate: PlaybookTemplate = {
  id: 'transactional-smb',
  name: 'Transactional / SMB',
  motion: 'SMB / transactional',
  description:
    'A short, high-volume sale to small and mid-sized businesses. The buyer usually finds the product, tries it and decides ' +
    'within a few weeks; the seller responds fast, helps the trial succeed and makes buying easy.',

  buyer: [
    {
      name: 'Recognise the need',
      expectedDays: 3,
      revisitable: true,
      exitCriteria: [
        { statement: 'Buyer has started a trial or booked a call, and described the problem they want to solve.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-rn-problem',
          title: 'Notice a problem that is slowing the business',
          description: 'The owner or a team lead sees time, money or customers being lost to a manual or broken process.',
          required: true,
          expectedDays: 1,
          roles: ['Owner', 'Team lead'],
        },
        {
          key: 'b-rn-search',
          title: 'Search for tools that solve it',
          description: 'Search online, read review sites and ask peers which tools they use for the same problem.',
          expectedDays: 2,
          roles: ['Owner', 'Team lead'],
        },
      ],
    },
    {
      name: 'Try and compare',
      expectedDays: 14,
      revisitable: true,
      exitCriteria: [
        { statement: 'Buyer has completed the core setup in the trial, such as importing their own data.', actor: 'buyer' },
        { statement: 'Buyer has asked for pricing or a quote.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-tc-trial',
          title: 'Try the product on real work',
          description: 'Sign up for a trial and use it on a real task with real data to see whether it actually fits.',
          required: true,
          expectedDays: 10,
          roles: ['Team lead', 'User'],
        },
        {
          key: 'b-tc-questions',
          title: 'Ask questions about fit and setup',
          description: 'Ask the vendor about integrations, data migration and how long setup takes for a team of their size.',
          expectedDays: 3,
          roles: ['Team lead'],
        },
        {
          key: 'b-tc-compare',
          title: 'Compare price and features with alternatives',
          description: 'Put two or three options side by side on price, must-have features and ease of use.',
          expectedDays: 5,
          roles: ['Owner', 'Team lead'],
        },
      ],
    },
    {
      name: 'Decide and buy',
      expectedDays: 5,
      exitCriteria: [
        { statement: 'Owner or budget holder has approved the purchase.', actor: 'buyer' },
        { statement: 'Buyer has paid for a plan or signed the order.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-db-approve',
          title: "Get the owner's approval to spend",
          description: 'The person who found the product makes the case to the owner or budget holder and gets a yes.',
          required: true,
          expectedDays: 3,
          roles: ['Owner', 'Team lead'],
        },
        {
          key: 'b-db-purchase',
          title: 'Choose a plan and pay',
          description: 'Pick the plan and number of seats, then pay by card or sign a simple order form.',
          required: true,
          expectedDays: 1,
          roles: ['Owner'],
        },
      ],
    },
    {
      name: 'Get started',
      expectedDays: 30,
      exitCriteria: [
        { statement: "Buyer's whole team has been invited and has logged in.", actor: 'buyer' },
        { statement: 'Buyer has confirmed they got the first result they bought the product for.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-gs-setup',
          title: 'Set up the account for the whole team',
          description: 'Invite the team, connect the tools they already use and move the remaining work into the product.',
          required: true,
          expectedDays: 7,
          roles: ['Team lead', 'User'],
        },
        {
          key: 'b-gs-value',
          title: 'Get the first result from the product',
          description: 'Finish a real piece of work faster or better than before, and tell the owner it is paying off.',
          required: true,
          expectedDays: 21,
          roles: ['Team lead', 'Owner'],
        },
      ],
    },
    {
      name: 'Check it is safe and worth it',
      alwaysOn: true,
      revisitable: true,
      exitCriteria: [
        { statement: 'Buyer has said they are comfortable with the terms, cancellation policy and data handling.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 'b-cs-reviews',
          title: 'Read reviews and ask peers',
          description: 'Check ratings, reviews and the experience of similar businesses before committing money and time.',
          roles: ['Owner', 'Team lead'],
        },
        {
          key: 'b-cs-terms',
          title: 'Check terms, cancellation and data security',
          description: 'Make sure they can cancel or downgrade easily and that customer data is handled safely.',
          roles: ['Owner'],
        },
      ],
    },
  ],

  seller: [
    {
      name: 'Respond and qualify',
      expectedDays: 2,
      exitCriteria: [
        { statement: 'Buyer has agreed a next step: a short demo or a trial check-in date.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-rq-respond',
          title: 'Respond to the enquiry within the hour',
          description: 'Reply to form fills and trial sign-ups within the same business hour with help that fits the problem they described.',
          required: true,
          expectedDays: 0,
          roles: ['SDR', 'AE'],
        },
        {
          key: 's-rq-qualify',
          title: 'Confirm fit in a short call',
          description: 'In 15 minutes, learn the problem, who decides and when they need it solved, and agree what happens next.',
          required: true,
          expectedDays: 1,
          roles: ['AE'],
          techniques: [
            { framework: 'BANT', name: 'Need' },
            { framework: 'BANT', name: 'Authority' },
            { framework: 'BANT', name: 'Timeline' },
            { framework: 'SPIN', name: 'Problem questions' },
            { framework: 'Sandler', name: 'Up-front contract' },
          ],
        },
      ],
    },
    {
      name: 'Demo and guide the trial',
      expectedDays: 14,
      exitCriteria: [
        { statement: 'Buyer has completed the core setup step in the trial.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-dt-demo',
          title: "Show the product on the buyer's use case",
          description: 'Give a short demo of exactly the task the buyer wants to fix, then set up their trial the same way.',
          required: true,
          expectedDays: 2,
          roles: ['AE'],
          techniques: [{ framework: 'Command of the Message', name: 'Required capabilities' }],
        },
        {
          key: 's-dt-trial',
          title: 'Guide the trial to a first result',
          description: 'Send setup help and check in by day three, so the buyer reaches a working result before the trial ends.',
          required: true,
          expectedDays: 10,
          roles: ['AE', 'Onboarding specialist'],
        },
        {
          key: 's-dt-questions',
          title: 'Answer fit, pricing and security questions',
          description: 'Answer quickly with plain facts, and share reviews, a security page and a short comparison where they help.',
          expectedDays: 3,
          roles: ['AE'],
        },
      ],
    },
    {
      name: 'Close',
      expectedDays: 5,
      exitCriteria: [
        { statement: 'Buyer has paid for a plan or signed the order.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-cl-quote',
          title: 'Send a quote with a clear plan recommendation',
          description: 'Recommend one plan and seat count based on the trial, with the price, terms and cancellation policy spelled out.',
          required: true,
          expectedDays: 1,
          roles: ['AE'],
        },
        {
          key: 's-cl-approval',
          title: 'Help the buyer get approval to buy',
          description: 'Give the buyer a one-page summary of cost, time saved and payback that they can forward to the owner.',
          expectedDays: 2,
          roles: ['AE'],
          techniques: [
            { framework: 'Command of the Message', name: 'Positive business outcomes' },
            { framework: 'MEDDPICC', name: 'Metrics' },
          ],
        },
        {
          key: 's-cl-close',
          title: 'Confirm payment and upgrade the account',
          description: 'Check the payment or signed order has gone through, upgrade the account and confirm the next step in writing.',
          required: true,
          expectedDays: 1,
          roles: ['AE'],
        },
      ],
    },
    {
      name: 'Onboard',
      expectedDays: 30,
      exitCriteria: [
        { statement: 'Buyer has attended the welcome call and invited their team.', actor: 'buyer' },
      ],
      steps: [
        {
          key: 's-on-welcome',
          title: 'Hand over with a welcome call',
          description: 'Introduce the onboarding contact, share what the buyer wants to achieve and help them invite the team.',
          required: true,
          expectedDays: 3,
          roles: ['AE', 'Onboarding specialist'],
        },
        {
          key: 's-on-check',
          title: 'Check in on first results at 30 days',
          description: 'Confirm the team is using the product and has got the result it bought it for; fix blockers before they cause churn.',
          expectedDays: 30,
          roles: ['Onboarding specialist', 'CSM'],
        },
      ],
    },
  ],

  mirrors: [
    { seller: 's-rq-respond', buyer: 'b-rn-search', relation: 'supports', rationale: 'A fast, relevant reply reaches the buyer while they are still searching.' },
    { seller: 's-rq-qualify', buyer: 'b-rn-problem', relation: 'supports', rationale: 'Short questions help the buyer put the problem and its cost into words.' },
    { seller: 's-dt-demo', buyer: 'b-tc-trial', relation: 'supports', rationale: 'Demoing their own use case sets the trial up to succeed.' },
    { seller: 's-dt-demo', buyer: 'b-tc-compare', relation: 'supports', rationale: 'Seeing their task done shows the buyer how we differ from alternatives.' },
    { seller: 's-dt-trial', buyer: 'b-tc-trial', relation: 'supports', rationale: 'Timely help gets the buyer to a working result in the trial.' },
    { seller: 's-dt-questions', buyer: 'b-tc-questions', relation: 'supports', rationale: 'Quick, plain answers remove doubts about fit and setup.' },
    { seller: 's-dt-questions', buyer: 'b-tc-compare', relation: 'supports', rationale: 'A fair comparison saves the buyer research time.' },
    { seller: 's-dt-questions', buyer: 'b-cs-reviews', relation: 'supports', rationale: 'Reviews and peer stories are what the buyer checks before trusting us.' },
    { seller: 's-cl-quote', buyer: 'b-db-purchase', relation: 'supports', rationale: 'A clear recommendation makes choosing a plan easy.' },
    { seller: 's-cl-quote', buyer: 'b-cs-terms', relation: 'supports', rationale: "Spelling out terms and cancellation answers the buyer's risk check." },
    { seller: 's-cl-approval', buyer: 'b-db-approve', relation: 'supports', rationale: "A forwardable summary helps the buyer get the owner's yes." },
    { seller: 's-cl-close', buyer: 'b-db-purchase', relation: 'verifies', rationale: 'A completed payment confirms the purchase is done.' },
    { seller: 's-on-welcome', buyer: 'b-gs-setup', relation: 'supports', rationale: 'The welcome call gets the whole team invited and connected.' },
    { seller: 's-on-check', buyer: 'b-gs-value', relation: 'supports', rationale: 'A 30-day check makes sure the buyer gets the result they paid for.' },
  ],

  assumptions: [
    {
      statement: 'SMB buyers try the product before talking to sales, and one or two people make the decision.',
      source: 'Trial sign-up and conversion funnel data',
      confidence: 'medium',
      lastValidatedAt: '2025-10-01',
      revalidateEveryDays: 180,
    },
    {
      statement: 'Responding to an inbound enquiry within the hour wins a much larger share of SMB deals than responding the next day.',
      source: 'Lead response studies; confirm against our own speed-to-lead data',
      confidence: 'medium',
      lastValidatedAt: '2025-10-01',
      revalidateEveryDays: 180,
    },
    {
      statement: 'Most SMB purchases close within 30 days of the first trial sign-up; deals older than that rarely close.',
      source: 'CRM sales-cycle analysis',
      confidence: 'low',
      lastValidatedAt: '2026-01-10',
      revalidateEveryDays: 90,
    },
  ],
};
