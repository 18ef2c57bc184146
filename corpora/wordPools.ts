/**
 * Word pools for the generated vault. Every pool mixes plain English with the non-ASCII text real
 * notes carry (names with diacritics, dashes, other scripts, emoji), because V8 stores such strings
 * as UTF-16 and the benchmark must pay for that as users' vaults do.
 */

export const FIRST_NAMES = [
  'Dana', 'Zoë', 'José', 'Łukasz', 'Søren', 'François', 'Ana', 'Priya', 'Mateo', 'Chloé',
  'Björn', 'Aiko', 'Oluwaseun', 'Maëlle', 'Tomás', 'Ines', 'Raúl', 'Hana', 'Jürgen', 'Noor',
  'Kenji', 'Małgorzata', 'Amélie', 'Sean', 'Leïla', 'Dmitri', 'Grace', 'Émile', 'Sakura', 'Omar',
];

export const LAST_NAMES = [
  'Whitfield', 'Martin', 'García', 'Nowak', 'Kierkegaard', 'Lefèvre', 'Silva', 'Raman', 'Núñez',
  'Dubois', 'Åberg', 'Tanaka', 'Adeyemi', 'Le Gall', 'Ortiz', 'Müller', 'Haddad', 'Sato', 'Kowalski',
  'Brontë', 'Novák', 'Okafor', 'Lindqvist', 'Costa', 'Yılmaz', 'Ferreira', 'Çelik', 'Park',
];

export const TASK_VERBS = [
  'Send', 'Draft', 'Review', 'Book', 'Share', 'Introduce me to', 'Write up', 'Follow up on', 'Ask about',
  'Prepare', 'Fix', 'Close', 'Update', 'Schedule', 'Summarise', 'Check', 'Clarify', 'Reply to',
];

export const TASK_OBJECTS = [
  'the Q4 forecast for finance', 'the onboarding guide', 'the security review', 'the data team',
  'the café budget for the offsite', 'Zoë’s rollout plan — phase 2', 'the München customer escalation',
  'the hiring scorecard', 'the on-call rota for Décembre', 'the OKR draft', 'the billing dashboard access',
  'the post-mortem of the 3 a.m. outage', 'the vendor contract (Ü-Logistik GmbH)', 'the migration runbook',
  'the roadmap slide for the all-hands', 'the feedback for the new SRE', 'the Tōkyō partner call notes',
  'the latency report … again', 'the promotion packet', 'the API deprecation notice', 'the budget line “tools”',
  'the training plan', 'the accessibility audit', 'the São Paulo pilot metrics', 'the incident timeline',
];

export const TASK_TAILS = [
  '', '', '', '', ' before the planning meeting', ' with the numbers from last week', ' — needs sign-off',
  ' (see #ops)', ' for **Friday**', ' and loop in [[Dana Whitfield]]', ' with `prod` access', ' 👍',
];

export const SENTENCES = [
  'We went through the numbers for the quarter and they look better than expected.',
  'The vendor is two weeks late again — we need a plan B before the end of the month.',
  'Zoë’s team will own the migration; I stay the reviewer for the first two services.',
  'I asked for more context on the re-org; nothing is decided yet, which is fine.',
  'Les chiffres du trimestre sont prêts, il reste la partie coûts à vérifier.',
  'Die Überprüfung der Metriken steht noch aus, aber der Entwurf ist fertig.',
  'チームの目標を確認しました。来週もう一度話します。',
  'Feedback on the design doc: clearer goals, fewer options, one recommendation.',
  'The customer in São Paulo asked for an SLA we cannot give yet.',
  'I’m spending too much time in meetings; we agreed to drop two recurring ones.',
  'Hiring: two candidates in the final round, one offer likely next week.',
  'Reminder that I’m out on the 12th — the demo moves to Thursday.',
  'Energy is OK, a bit tired after the launch; taking Friday off.',
  'We should write down the on-call rules before the new people join. 📝',
  'The migration is 70 % done; the last 30 % is the hard part, as always.',
  'Budget for training was approved (≈ 2 400 €), so I’ll book the course.',
  'The latency regression was a config change, not the new index — rolled back.',
  'Agreed: I present the roadmap myself at the all-hands, with Dana in the room.',
  'Naïve estimate was three sprints; with the review it is more like five.',
  'The partner in Kraków wants a call in their morning, which is our 8 a.m.',
];

export const ROADBLOCKS = [
  'Waiting for access to the billing dashboard',
  'No decision yet on the vendor — blocks the contract work',
  'The staging cluster is down half of the time',
  'Two reviewers are out; PRs wait for days',
  'Unclear who owns the data pipeline after the re-org',
  'Legal review of the DPA is stuck (third week)',
  'Need a second person on call in Décembre',
  'The design for the settings page keeps changing',
];

export const PRIORITIES = [
  'Ship the importer — unblocks three customers',
  'Hire the second SRE',
  'Close the Q4 forecast',
  'Finish the migration of the billing service',
  'Onboard the two new engineers',
  'Cut the p95 latency under 200 ms',
  'Write the post-mortem and the follow-ups',
  'Prepare the roadmap review with product',
  'Get the SOC 2 evidence in order',
  'Launch the beta in São Paulo',
];

export const QUESTIONS = [
  'Is the headcount for next year confirmed?',
  'Who decides on the tooling budget — you or finance?',
  'What does “done” mean for the reliability OKR?',
  'Should I still attend the architecture forum?',
  'How do we communicate the re-org to the team?',
  'Is the offsite in Lisboa still on?',
];

export const ROTATION_TOPICS: Record<string, string> = {
  business: 'Goals, metrics, OKRs',
  skill: 'Skill development',
  personal: 'Personal goal',
  manager: 'Manager brings one thing',
};

export const ROTATION_ORDER = ['business', 'skill', 'personal', 'manager'];

export const TABLE_METRICS = ['Churn', 'NPS', 'p95 latency', 'Tickets', 'Deploys', 'Incidents', 'Coût / client', 'Uptime'];

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
