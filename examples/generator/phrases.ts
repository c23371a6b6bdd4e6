/**
 * Slot values and the generic frames a ticket is built from. Frame lists are split into two banks
 * by index parity (even: eval set, odd: training set); see `bankPick`.
 */
import type { SeededRandom } from './random.js';

/** Which phrase bank a text draws from: 0 for eval items, 1 for training rows. */
export type Bank = 0 | 1;

/** One phrase from the entries of a list whose index parity matches the bank. */
export function bankPick(random: SeededRandom, list: readonly string[], bank: Bank): string {
  const inBank = list.filter((_, index) => index % 2 === bank);
  return random.pick(inBank.length > 0 ? inBank : list);
}

export const firstNames = [
  'Maria',
  'James',
  'Aisha',
  'Tom',
  'Priya',
  'Lukas',
  'Sofia',
  'Daniel',
  'Mei',
  'Carlos',
  'Hannah',
  'Omar',
  'Grace',
  'Ethan',
  'Chloe',
  'Ravi',
  'Isabel',
  'Noah',
  'Fatima',
  'Liam',
  'Yuki',
  'Ben',
  'Elena',
  'Marcus',
  'Zoe',
  'Kwame',
  'Laura',
  'Diego',
  'Nina',
  'Sam',
  'Ana',
  'Peter',
  'Leila',
  'Jonas',
  'Rosa',
  'Victor',
  'Amara',
  'Felix',
  'Ingrid',
  'Malik',
  'Claire',
  'Hugo',
  'Sara',
  'Tariq',
  'Julia',
  'Owen',
  'Lina',
  'Arjun',
] as const;

export const lastNames = [
  'Lopez',
  'Okafor',
  'Schmidt',
  'Nguyen',
  'Patel',
  'Brennan',
  'Rossi',
  'Kowalski',
  'Haddad',
  'Andersson',
  'Murphy',
  'Tanaka',
  'Silva',
  'Dubois',
  'Chen',
  'Novak',
  'Ibrahim',
  'Walsh',
  'Costa',
  'Fischer',
  'Reyes',
  'Mensah',
  'Larsen',
  'Khan',
  'Moreau',
  'Price',
  'Yilmaz',
  'Byrne',
  'Santos',
  'Weber',
] as const;

export const products = [
  'Kestrel Cam 2',
  'Doorbell Pro',
  'Floodlight Cam',
  'Indoor Cam Lite',
  'Battery Cam',
  'Hub Mini',
  'Smart Lock X',
  'Motion Sensor',
  'Leak Sensor',
  'Keypad',
  'Chime',
  'Range Extender',
  'Solar Panel',
  'Air Quality Monitor',
  'Thermo S',
  'Smart Plug',
] as const;

export const carriers = ['UPS', 'FedEx', 'USPS', 'DHL'] as const;
export const cities = [
  'Toronto',
  'London',
  'Berlin',
  'Sydney',
  'Dublin',
  'Denver',
  'Austin',
  'Lyon',
  'Vancouver',
  'Leeds',
  'Portland',
  'Madrid',
] as const;
export const companies = [
  'Harbor Realty',
  'Brightline Electric',
  'Oakview Apartments',
  'Nordlicht GmbH',
  'Pinecrest Dental',
  'Tidewater Homes',
  'Maple & Co',
  'Summit Property Group',
] as const;
export const phoneModels = [
  'iPhone 15',
  'iPhone 13',
  'Pixel 8',
  'Galaxy S23',
  'Galaxy A54',
  'OnePlus 12',
  'iPad',
] as const;
export const appVersions = ['5.12.0', '5.11.3', '5.12.1', '5.10.7'] as const;
export const rooms = [
  'front door',
  'garage',
  'back yard',
  'driveway',
  'nursery',
  'living room',
  'side gate',
  'hallway',
  'shop floor',
  'porch',
] as const;
export const times = [
  'around 7 pm',
  'about 2 am',
  'midnight',
  'early this morning',
  'lunchtime yesterday',
  'around 10 pm',
] as const;
export const routers = [
  'Eero',
  'Netgear Orbi',
  'TP-Link Deco',
  'Google Nest Wifi',
  'the router from our ISP',
  'ASUS RT-AX58U',
] as const;
export const promoCodes = ['SPRING20', 'WELCOME10', 'HOME15', 'SAFE25', 'NEWS15', 'HOLIDAY30'] as const;
export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Email greetings. */
export const emailGreetings = [
  'Hi,',
  'Hello,',
  'Hi there,',
  'Hello Kestrel team,',
  'Dear Support,',
  'Hey,',
  'Good morning,',
  'Hi support team,',
];

/** Chat openers (the whole chat ticket is one paragraph). */
export const chatOpeners = ['hi!', 'hello', 'hey, quick one.', 'hi there,', 'hello, anyone there?', 'hiya,'];

/** Sign-offs before the customer's name. */
export const emailClosings = [
  'Thanks,',
  'Thank you,',
  'Best regards,',
  'Cheers,',
  'Kind regards,',
  'Many thanks,',
  'Regards,',
  'Thanks in advance,',
];

/** What the customer asks for at the end. */
export const requests = [
  'Can you help?',
  'Could you look into this for me?',
  'What should I do?',
  'Please let me know how to fix this.',
  'Could someone get back to me?',
  'What are my options here?',
  'I would appreciate your help with this.',
  'Any advice would be great.',
];

/** Background about the customer (optional). */
export const customerContexts = [
  'I have been a customer for {count} years.',
  'We have {count} Kestrel devices around the house.',
  'I set everything up myself last spring.',
  'This is the first time I have had to contact you.',
  'We use Kestrel for our small shop.',
  'I bought the whole kit when we moved in.',
  'My partner usually handles this, but they are away.',
  'I already read the help pages.',
];

/** Cues that raise the priority by one level. */
export const urgencyCues = [
  'This is really urgent for us.',
  'We leave for a trip on {date} and need this sorted before then.',
  'Please treat this as a priority.',
  'I need this resolved today.',
  'This is the third time I am writing about it.',
  'It is affecting our whole household.',
];

/** Cues that lower the priority by one level. */
export const relaxedCues = [
  'No rush at all.',
  'Whenever you get a chance.',
  'It is not urgent.',
  'Just curious, no hurry.',
];

/** How a chat message asks for help. */
export const chatRequests = [
  'can u help',
  'what do i do?',
  'any ideas?',
  'pls help',
  'is that normal?',
  'thanks in advance',
];
