import type { Role, Tier } from './types.js';

/** Short readable labels for each role, for badges and tables. */
export const roleLabels: Readonly<Record<Role, string>> = {
  labour_export_company: 'Labour-export company',
  overseas_employer: 'Overseas employer',
  it_worker_front: 'IT-worker front',
  lodging_or_support: 'Lodging or support',
  state_body: 'State body',
  supplier_using_dprk_labour: 'Supplier using North Korean labour',
};

/** Short readable labels for each evidence tier. */
export const tierLabels: Readonly<Record<Tier, string>> = {
  designation: 'Sanctions designation',
  enforcement: 'Enforcement record',
  investigation: 'Investigation',
};
