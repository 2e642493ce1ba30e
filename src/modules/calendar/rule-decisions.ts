/**
 * The deployment's decisions on the statutory rules. A rule whose legal text is not confirmed
 * (Vietnam Culture Day) is not silently on or off: until an administrator decides, it stays at its
 * default, its days are provisional, and the rules list, the officer app and the server's start-up
 * output name it as undecided. Deciding is switching it on or off explicitly (PUT /calendar/rules);
 * the setting then keeps who decided and when, for as long as it stays as decided.
 */
import type { HolidayRules, RuleDecision, RuleSettings } from '../../contracts/calendar.js';
import { todayInVietnam } from '../../platform/time/vietnam-time.js';
import {
  DEFAULT_HOLIDAY_RULES,
  type HolidayOccasion,
  type HolidayRule,
  type HolidayRuleSetting,
  type HolidayRuleSettings,
  listUndecidedRules,
} from './holiday-rules.js';

/** Who last saved the settings and when: stands in for a decision saved before decisions were kept. */
export type SettingsAuthor = { updatedBy: string | null; updatedAt: Date | null };

export function decisionOf(rule: HolidayRule, settings: HolidayRuleSettings, author: SettingsAuthor): RuleDecision {
  const setting = settings[rule.occasion];
  if (setting?.isEnabled === undefined) {
    return { isDecided: false, isEnabled: rule.isEnabledByDefault, decidedBy: null, decidedAt: null };
  }
  return {
    isDecided: true,
    isEnabled: setting.isEnabled,
    decidedBy: setting.decidedBy ?? author.updatedBy,
    decidedAt: setting.decidedAt ?? author.updatedAt?.toISOString() ?? null,
  };
}

/** The settings as the API shows and takes them: the switches, without who decided. */
export function publicRuleSettings(settings: HolidayRuleSettings): RuleSettings {
  const result: RuleSettings = {};
  for (const [occasion, setting] of Object.entries(settings)) {
    if (!setting) continue;
    const { isEnabled, adjacentDay } = setting;
    result[occasion] = {
      ...(isEnabled === undefined ? {} : { isEnabled }),
      ...(adjacentDay === undefined ? {} : { adjacentDay }),
    };
  }
  return result;
}

/**
 * The settings to store: each occasion's switches as given, with who decided and when — kept from
 * before while the switch stays as it was, recorded now when it is set or changed.
 */
export function withDecisions(
  previous: HolidayRuleSettings,
  next: HolidayRuleSettings,
  decision: { by: string; at: Date },
): HolidayRuleSettings {
  const result: HolidayRuleSettings = {};
  for (const [key, setting] of Object.entries(next) as [HolidayOccasion, HolidayRuleSetting | undefined][]) {
    if (!setting) continue;
    const { isEnabled, adjacentDay } = setting;
    const stored: HolidayRuleSetting = {
      ...(isEnabled === undefined ? {} : { isEnabled }),
      ...(adjacentDay === undefined ? {} : { adjacentDay }),
    };
    const before = previous[key];
    if (isEnabled !== undefined) {
      const isSame = before?.isEnabled === isEnabled && before.decidedBy !== undefined;
      stored.decidedBy = isSame ? before.decidedBy : decision.by;
      stored.decidedAt = isSame ? before.decidedAt : decision.at.toISOString();
    }
    result[key] = stored;
  }
  return result;
}

/** The rules answer: every rule with its basis, confidence and the deployment's decision, and what is still undecided. */
export function describeHolidayRules(
  settings: HolidayRuleSettings,
  meta: SettingsAuthor & { version: number },
  today = todayInVietnam(),
): HolidayRules {
  return {
    version: meta.version,
    ruleSettings: publicRuleSettings(settings),
    rules: DEFAULT_HOLIDAY_RULES.map((rule) => ({
      occasion: rule.occasion,
      version: rule.version,
      name: rule.name,
      legalBasis: rule.legalBasis,
      effectiveFrom: rule.effectiveFrom,
      effectiveTo: rule.effectiveTo,
      isEnabledByDefault: rule.isEnabledByDefault,
      isConfirmed: rule.isConfirmed,
      confidence: rule.confidence,
      note: rule.note ?? null,
      decision: decisionOf(rule, settings, meta),
    })),
    undecidedRules: [...new Set(listUndecidedRules(settings, today).map((rule) => rule.occasion))],
  };
}

/** The start-up line naming the unconfirmed rules still undecided, and where to decide them; null when none. */
export function formatUndecidedRulesNotice(
  rules: readonly Pick<HolidayRule, 'name' | 'legalBasis' | 'effectiveFrom' | 'confidence' | 'isEnabledByDefault'>[],
): string | null {
  if (rules.length === 0) return null;
  const listed = rules
    .map(
      (rule) =>
        `${rule.name.vi} (${rule.isEnabledByDefault ? 'on' : 'off'} until decided; from ${rule.effectiveFrom}; ${rule.confidence}: ${rule.legalBasis})`,
    )
    .join('; ');
  return `calendar: holiday rule(s) awaiting this deployment's decision: ${listed}. Decide on the calendar page of the officer app (/app/calendar) or with PUT /api/v1/calendar/rules.`;
}
