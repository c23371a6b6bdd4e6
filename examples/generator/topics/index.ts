import { accountTopics } from './account.js';
import { billingTopics } from './billing.js';
import { otherTopics } from './other.js';
import { returnsTopics } from './returns.js';
import { shippingTopics } from './shipping.js';
import { technicalTopics } from './technical.js';
import type { Topic } from './topic.js';

/** Every ticket topic, in knowledge-base order. */
export const topics: readonly Topic[] = [
  ...billingTopics,
  ...shippingTopics,
  ...accountTopics,
  ...technicalTopics,
  ...returnsTopics,
  ...otherTopics,
];

export type { Category, Priority, Topic } from './topic.js';
export { categories, priorities } from './topic.js';
