import { type Topic, topics } from './topics/index.js';

/** One knowledge-base article as retrieval returns it. */
export interface Article {
  id: string;
  title: string;
  /** The passage text placed in the prompt. */
  text: string;
  /** The category it belongs to, or `general` for policy pages no ticket is about. */
  category: string;
}

/** Policy pages that answer no single ticket but are often retrieved: the distractors. */
const generalArticles: readonly { title: string; article: string }[] = [
  {
    title: 'Contacting support and opening hours',
    article:
      'Support is open by chat and email 7 days a week, 7 am to 11 pm Eastern, and by phone on weekdays. Business customers have a priority line. Average first reply time is under 2 hours.',
  },
  {
    title: 'Kestrel Plus and Business plans compared',
    article:
      'Kestrel Plus adds 30 days of cloud recording, smart alerts and extended warranty for all devices at one home. Kestrel Business adds 60-day history, multiple locations and a priority support line.',
  },
  {
    title: 'Privacy policy summary',
    article:
      'Kestrel stores recordings encrypted and never sells personal data. Customers can download or delete their data at any time; law enforcement requests require a warrant and are published in the transparency report.',
  },
  {
    title: 'Warranty terms',
    article:
      'Devices carry a 2-year limited warranty against manufacturing defects, extended for the life of a Kestrel Plus subscription. Damage from accidents, misuse or unauthorised repair is not covered.',
  },
  {
    title: 'Shipping rates and carriers',
    article:
      'Standard shipping is free over $50 and delivered by UPS or USPS in 3-5 business days; express delivery costs $14.99. Orders placed before 2 pm Eastern on a business day ship the same day.',
  },
  {
    title: 'Accepted payment methods',
    article:
      'Kestrel accepts Visa, Mastercard, American Express, Discover, PayPal, Apple Pay and Google Pay. Business customers can pay annual plans by invoice with 30-day terms.',
  },
  {
    title: 'Supported Wi-Fi routers and networks',
    article:
      'Kestrel devices work with any 2.4 GHz 802.11 b/g/n network using WPA2 or WPA3. Captive portals, such as hotel or dorm Wi-Fi, are not supported.',
  },
  {
    title: 'Holiday return extension',
    article:
      'Items delivered between November 1 and December 24 can be returned until January 31 of the following year, in addition to the regular 30-day return window.',
  },
  {
    title: 'Works with Alexa, Google Home and HomeKit',
    article:
      'Cameras and doorbells stream to Echo Show and Google Nest Hub displays; the Smart Lock X works with all three assistants. Link accounts from the assistant app, not the Kestrel app.',
  },
  {
    title: 'Security best practices',
    article:
      'Use a unique password, turn on two-factor authentication, review shared users regularly and keep firmware up to date. Kestrel staff will never ask for your password or verification codes.',
  },
  {
    title: 'Accessibility statement',
    article:
      'Kestrel aims to meet WCAG 2.2 AA in its apps and website. The apps support screen readers, dynamic text sizes and high-contrast mode.',
  },
  {
    title: 'Status page and service incidents',
    article:
      'Live service status, including cloud recording and notification delays, is published on status.kestrel.example. Customers can subscribe to incident updates by email or SMS.',
  },
];

/** The whole knowledge base: one article per ticket topic plus the general pages (60 in all). */
export function buildKnowledgeBase(): Article[] {
  const fromTopics = topics.map((topic: Topic) => ({
    id: topic.id,
    title: topic.title,
    text: `${topic.title}. ${topic.article}`,
    category: topic.category,
  }));
  const general = generalArticles.map((entry, index) => ({
    id: `kb-general-${String(index + 1).padStart(2, '0')}`,
    title: entry.title,
    text: `${entry.title}. ${entry.article}`,
    category: 'general',
  }));
  return [...fromTopics, ...general];
}
