import type { ServiceSetting } from "../competencies/index.js";
import type { FilledSlots, SlotName } from "./schema.js";
import { CHANNELS, CUSTOMERS, PROBLEMS, SETTINGS } from "./slots.js";

const PLACEHOLDER = /\{(customer|channel|problem|setting)\}/gi;

/**
 * The slot names a template uses.
 *
 * @param template - text with `{slot}` placeholders
 * @returns the distinct slot names, in order of first use
 * @example
 * slotsOf("When {customer} called {channel}…")
 * //=> ["customer", "channel"]
 */
export function slotsOf(template: string): SlotName[] {
  const names: SlotName[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? "").toLowerCase() as SlotName;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * Fills a template's placeholders with the phrases of the chosen slot values and capitalises
 * the first letter of each sentence.
 *
 * @param template - text with `{slot}` placeholders
 * @param slots - the chosen vocabulary ids
 * @returns the finished text
 * @example
 * fillTemplate("{customer} called {channel}.", { customer: "confused", channel: "phone" })
 * //=> "A confused customer called over the phone."
 */
export function fillTemplate(template: string, slots: FilledSlots): string {
  const filled = template.replace(PLACEHOLDER, (_, raw: string) => {
    const name = raw.toLowerCase() as SlotName;
    const phrase =
      name === "customer"
        ? CUSTOMERS.find((c) => c.id === slots.customer)?.phrase
        : name === "channel"
          ? CHANNELS.find((c) => c.id === slots.channel)?.phrase
          : name === "problem"
            ? PROBLEMS.find((p) => p.id === slots.problem)?.phrase
            : SETTINGS.find((s) => s.id === slots.setting)?.phrase;
    return phrase ?? `{${name}}`;
  });
  return filled.replace(/(^|[.?!]\s+)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The settings a channel or problem fits, narrowed to the allowed ones. */
export function fits(settings: readonly ServiceSetting[], allowed: readonly ServiceSetting[]): boolean {
  return settings.some((s) => allowed.includes(s));
}
