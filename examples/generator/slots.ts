import {
  appVersions,
  carriers,
  cities,
  companies,
  firstNames,
  lastNames,
  months,
  phoneModels,
  products,
  promoCodes,
  rooms,
  routers,
  times,
} from './phrases.js';
import type { SeededRandom } from './random.js';

/** The customer's plan, also a tag on every eval item. */
export type Plan = 'free' | 'plus' | 'business';

/** The values one ticket's `{slot}` placeholders are filled with, shared by the ticket and its reply. */
export type Slots = Readonly<Record<string, string>>;

const alphanumeric = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Draws every slot value for one ticket. `serial` makes the order number unique within a data set
 * (7919 is coprime with 900,000, so serials below 900,000 never collide).
 */
export function drawSlots(random: SeededRandom, serial: number, offset: number, plan: Plan): Slots {
  const first = random.pick(firstNames);
  const count = random.between(2, 6);
  const letter = () => alphanumeric[random.int(alphanumeric.length)]!;
  const digit = () => String(random.int(10));
  return {
    name: first,
    full_name: `${first} ${random.pick(lastNames)}`,
    order: `KH-${100000 + ((serial * 7919 + offset) % 900000)}`,
    product: random.pick(products),
    amount: `$${random.between(4, 329)}.${random.pick(['00', '99', '49', '95'])}`,
    date: `${random.pick(months)} ${random.between(1, 28)}`,
    days: String(random.between(3, 14)),
    count: String(count),
    count_minus: String(count - 1),
    last4: String(random.between(1000, 9999)),
    promo: random.pick(promoCodes),
    carrier: random.pick(carriers),
    tracking: `1Z${letter()}${letter()}${digit()}${digit()}${letter()}${letter()}${digit()}${digit()}${letter()}${letter()}`,
    city: random.pick(cities),
    company: random.pick(companies),
    phone_model: random.pick(phoneModels),
    app_version: random.pick(appVersions),
    room: random.pick(rooms),
    time: random.pick(times),
    router: random.pick(routers),
    subscription: plan === 'business' ? 'Kestrel Business' : 'Kestrel Plus',
  };
}

/** Replaces every `{slot}` with its value; an unknown slot is a bug in the phrase lists. */
export function fill(text: string, slots: Slots): string {
  return text.replace(/\{([a-z_0-9]+)\}/g, (match, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`unknown slot ${match} in "${text}"`);
    return value;
  });
}
