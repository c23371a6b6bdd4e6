import type { Topic } from './topic.js';

/** Billing: charges, renewals, invoices, payment methods. */
export const billingTopics: readonly Topic[] = [
  {
    id: 'kb-billing-01',
    category: 'billing',
    title: 'Duplicate charges on one order or renewal',
    article:
      'If you see two identical charges, the second is usually a card pre-authorisation that drops off within 3-5 business days. If both charges have posted after 5 days, support refunds the duplicate the same day once the transaction IDs are confirmed.',
    priority: 'high',
    confusedWith: 'returns',
    subjects: [
      'Charged twice',
      'Double charge on my card',
      'Duplicate payment taken',
      'Two charges for one order',
    ],
    problems: [
      'I was charged twice for order {order}: two payments of {amount} on {date}.',
      'My bank statement shows the same {amount} charge from Kestrel two times, both dated {date}.',
      'You took {amount} from my card twice when I bought the {product} on {date}.',
      'There are two identical charges of {amount} for order {order} and I only placed it once.',
    ],
    details: [
      'The card ends in {last4}.',
      'Both charges have already posted, they are not pending.',
      'I only clicked the pay button once.',
      'My bank says both went through and told me to contact you.',
    ],
    resolutions: [
      'I can see the duplicate charge of {amount} and have asked our billing team to refund it; it will be back on your card within 3-5 business days.',
      'Since both charges of {amount} have posted, the second one is not a pending hold, so I have refunded it today.',
    ],
  },
  {
    id: 'kb-billing-02',
    category: 'billing',
    title: 'Unexpected subscription renewal',
    article:
      'Kestrel Plus renews automatically on the same day each month or year, and a reminder is emailed 7 days before an annual renewal. Customers who have not used the service since an unexpected annual renewal can get a full refund within 14 days.',
    priority: 'normal',
    confusedWith: 'account',
    subscription: true,
    subjects: [
      'Renewal I did not expect',
      'Why was I charged for a renewal?',
      'Auto-renewal charge',
      'Cancelled but still billed',
    ],
    problems: [
      'My {subscription} plan renewed on {date} and charged me {amount}, but I never got a reminder.',
      'I thought I had cancelled {subscription} last month, yet I was billed {amount} on {date}.',
      'An annual renewal of {amount} just hit my card and I have not opened the app in months.',
      'I got charged {amount} for another year of {subscription} without any warning email.',
    ],
    details: [
      'I would like that money back.',
      'We moved house and took the cameras down in the spring.',
      'I checked my spam folder and there is no reminder in there.',
      'I only meant to keep the plan for one year.',
    ],
    resolutions: [
      'Annual plans renew automatically, but as you have not used the service since {date} you are within the 14-day window for a full refund of {amount}.',
      'I have switched off auto-renew on your account and requested a refund of the {amount} renewal.',
    ],
  },
  {
    id: 'kb-billing-03',
    category: 'billing',
    title: 'Invoices and VAT receipts',
    article:
      'Every order and renewal has a downloadable invoice under Account > Billing history. Business customers can add a company name and VAT number before downloading; support can reissue an invoice for past orders with the new details.',
    priority: 'low',
    confusedWith: 'other',
    subjects: [
      'Invoice request',
      'Need a VAT receipt',
      'Invoice with company name',
      'Receipt for my records',
    ],
    problems: [
      'Could you send me a proper invoice for order {order} with our company name on it?',
      'Our accounts team needs a VAT invoice for the {amount} we paid on {date}.',
      'I need an invoice for the {product} I bought on {date} so I can expense it.',
      'Where can I download receipts for my {subscription} payments this year?',
    ],
    details: [
      'The company is {company}.',
      'Our finance department closes the month on Friday.',
      'The receipt in my email does not show the tax amount.',
      'I need it as a PDF, not a screenshot.',
    ],
    resolutions: [
      'You can download the invoice for order {order} under Account > Billing history, and if you add {company} and your VAT number there first, it will appear on the PDF.',
      'I have reissued the invoice for your {amount} payment with the company details and sent it to the email on your account.',
    ],
  },
  {
    id: 'kb-billing-04',
    category: 'billing',
    title: 'Card declined at checkout',
    article:
      'Declines usually come from the card issuer: a billing address that does not match, an expired card, or a fraud check on a first online purchase. Retrying with the exact billing address, or paying with PayPal, fixes most declines.',
    priority: 'normal',
    confusedWith: 'technical',
    subjects: [
      'Payment keeps failing',
      'Card declined',
      'Cannot complete checkout',
      'Checkout error when paying',
    ],
    problems: [
      'My card keeps getting declined when I try to pay for the {product}.',
      'Checkout fails every time with "payment declined" even though my card works everywhere else.',
      'I have tried three times to buy the {product} and the payment just will not go through.',
      'The payment page says my card was declined, but my bank says they never saw an attempt.',
    ],
    details: [
      'It is a card ending in {last4}.',
      'I tried two different browsers.',
      'The card is brand new.',
      'I really want to order before the sale ends.',
    ],
    resolutions: [
      'Declines like this usually come from the card issuer, so please retry with the billing address exactly as it appears on your statement, or pay with PayPal.',
      'Your bank may be blocking the first online purchase as a fraud check; a quick call to them or paying with PayPal should get the {product} ordered.',
    ],
  },
  {
    id: 'kb-billing-05',
    category: 'billing',
    title: 'Changing plans and prorated charges',
    article:
      'When you upgrade, you pay the difference for the rest of the current billing period right away; downgrades take effect at the next renewal. The prorated amount is shown on the confirmation screen and on the invoice.',
    priority: 'low',
    confusedWith: 'account',
    subscription: true,
    subjects: [
      'Question about my plan change',
      'Upgrade charge looks wrong',
      'Prorated amount',
      'Downgrading my plan',
    ],
    problems: [
      'I upgraded to {subscription} on {date} and the charge of {amount} looks higher than I expected.',
      'How much will I pay if I move from Kestrel Plus to Kestrel Business halfway through the year?',
      'I downgraded my plan on {date} but I was still charged the full {amount}.',
      'Can you explain the {amount} charge that appeared after I changed plans?',
    ],
    details: [
      'The pricing page says something different.',
      'We only have {count} cameras now.',
      'I did not see a confirmation screen.',
      'I just want to understand the maths.',
    ],
    resolutions: [
      'When you upgrade, the {amount} covers the difference for the rest of your current billing period, and from the next renewal you pay the regular {subscription} price.',
      'Downgrades take effect at your next renewal, so this period is billed at the old price and the lower price starts after that.',
    ],
  },
  {
    id: 'kb-billing-06',
    category: 'billing',
    title: 'How long refunds take to reach your card',
    article:
      'Refunds are issued to the original payment method. Card refunds take 5-10 business days to appear, depending on the bank; PayPal refunds arrive within 24 hours. Support can share the refund reference so your bank can trace it.',
    priority: 'normal',
    confusedWith: 'returns',
    subjects: [
      'Refund not on my card',
      'Where is my refund?',
      'Refund still missing',
      'Refund taking too long',
    ],
    problems: [
      'I was told a refund of {amount} was issued on {date}, but it still is not on my card.',
      'Your email said my refund of {amount} was processed, and {days} days later there is nothing on my statement.',
      'The {amount} refund for order {order} has not reached my bank account yet.',
      'It has been {days} business days since you refunded {amount} and my bank cannot see it.',
    ],
    details: [
      'I paid with a card ending in {last4}.',
      'My bank asked me for a reference number.',
      'I need the money back before the end of the month.',
      'The original payment was by PayPal.',
    ],
    resolutions: [
      'Your refund of {amount} was sent on {date}; card refunds take 5-10 business days to show, and I have emailed you the refund reference so your bank can trace it.',
      'I can confirm the {amount} refund went out to your original payment method; if it is not there within 10 business days, your bank can trace it with the reference I have sent you.',
    ],
  },
  {
    id: 'kb-billing-07',
    category: 'billing',
    title: 'Promo codes that do not apply',
    article:
      'Promo codes apply to full-price items only, cannot be combined with other offers, and expire at midnight Pacific time on the end date. If a valid code failed at checkout, support can refund the difference within 30 days of the order.',
    priority: 'low',
    confusedWith: 'other',
    subjects: ['Discount code did not work', 'Promo code not applied', 'Coupon issue', 'Missing discount'],
    problems: [
      'The code {promo} did not apply at checkout, so I paid full price for the {product}.',
      'I entered {promo} when ordering the {product} but the discount never showed up.',
      'Your newsletter promised 15% off with {promo}, but order {order} was charged {amount}.',
      'Why was my {promo} discount rejected on order {order}?',
    ],
    details: [
      'The email said the offer was valid until the end of the month.',
      'I ordered on {date}.',
      'It was the only item in my cart.',
      'A friend used the same code last week.',
    ],
    resolutions: [
      'The code {promo} was valid for your order, so I have refunded the difference to your original payment method.',
      'Promo codes only apply to full-price items and cannot be combined with the sale price, which is why {promo} did not reduce order {order}.',
    ],
  },
  {
    id: 'kb-billing-08',
    category: 'billing',
    title: 'Cancelling Kestrel Plus',
    article:
      'You can cancel Kestrel Plus any time in the app under Settings > Subscription > Cancel plan, or on the web under Account > Billing. Cloud recordings stay available until the end of the paid period; monthly plans are not refunded for the current month.',
    priority: 'normal',
    confusedWith: 'account',
    subscription: true,
    subjects: ['How do I cancel?', 'Cancel my subscription', 'Stop my plan', 'Cancellation request'],
    problems: [
      'How do I cancel {subscription}? I cannot find the option anywhere in the app.',
      'Please cancel my {subscription} subscription before the next payment on {date}.',
      'I want to stop paying for {subscription}; we no longer use the cameras.',
      'I tried to cancel on the website but the button just reloads the page.',
    ],
    details: [
      'The next charge would be {amount}.',
      'We are moving to a flat with a building camera.',
      'I would like a confirmation email.',
      'Will I lose the recordings straight away?',
    ],
    resolutions: [
      'You can cancel in the app under Settings > Subscription > Cancel plan, and your recordings stay available until the end of the period you have paid for.',
      'I have cancelled your {subscription} plan for you, so you will not be charged {amount} on {date}, and a confirmation email is on its way.',
    ],
  },
];
