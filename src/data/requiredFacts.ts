/**
 * Figures the NHS and ransom sections draw by id. The dataset check demands each one (with a
 * number), so deleting a row in a spreadsheet gives a clear message instead of a broken chart.
 */
export const NHS = {
  trustsTotal: 'trusts_total_england',
  affected2018: 'trusts_affected_revised',
  infected2018: 'trusts_infected_revised',
  disrupted2018: 'trusts_disrupted_revised',
  acuteInfected2018: 'trusts_infected_acute_revised',
  affected2017: 'trusts_affected_original',
  infected2017: 'trusts_infected_original',
  disrupted2017: 'trusts_disrupted_original',
  acuteInfected2017: 'trusts_infected_acute_original',
  reclassified: 'trusts_reclassification',
  appointmentsCounted: 'appts_cancelled_known',
  appointmentsEstimated: 'appts_cancelled_estimated',
  cancerReferrals: 'cancer_referrals_cancelled',
  aeDiverting: 'ae_diverting_trusts',
  primaryCareOrgs: 'pc_orgs_infected',
  gpPractices: 'pc_gp_practices_infected',
  gpPracticesTotal: 'pc_gp_practices_total',
  gpPracticesShare: 'pc_gp_practices_share',
  diagnosticDevices: 'diag_equipment_infected',
  diagnosticDevicesShare: 'diag_equipment_share',
  costTotal: 'cost_total',
  costLostOutput: 'cost_lost_output',
  costItDuring: 'cost_it_during',
  costItAfter: 'cost_it_after',
  ransomPaid: 'ransom_paid',
} as const;

export const RANSOM = {
  demandUsd: 'ransom_demand_usd',
  doubledUsd: 'ransom_doubled_usd',
  doubleAfterDays: 'ransom_double_after_days',
  deleteAfterDays: 'ransom_delete_after_days',
  demandBtc: 'ransom_demand_btc',
  balanceBeforeWithdrawal: 'ransom_balance_before_withdrawal',
} as const;

export const REQUIRED_NHS_FIGURES: readonly string[] = Object.values(NHS);
export const REQUIRED_RANSOM_FACTS: readonly string[] = Object.values(RANSOM);

/** The worldwide total the map's headline cites: Europol's "at least 150 countries". */
export const GLOBAL = {
  europol: 'europol-200000',
  kaspersky: 'kaspersky-45000',
} as const;

export const REQUIRED_GLOBAL_TOTALS: readonly string[] = Object.values(GLOBAL);

/** The statements the attribution part's opening sentence cites, by id. */
export const ATTRIBUTION = {
  clue: 'kaspersky-2017-05-15-clue',
  uk: 'wallace-2017-10-27-reuters',
  us: 'bossert-2017-12-19-briefing',
  charges: 'doj-2018-09-06-complaint',
  denial: 'kcna-2017-12-21-fm',
} as const;

export const REQUIRED_ATTRIBUTION: readonly string[] = Object.values(ATTRIBUTION);
