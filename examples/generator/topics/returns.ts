import type { Topic } from './topic.js';

/** Returns: starting a return, exchanges, labels, refunds after a return, warranty. */
export const returnsTopics: readonly Topic[] = [
  {
    id: 'kb-returns-01',
    category: 'returns',
    title: 'Starting a return within 30 days',
    article:
      'Any device can be returned within 30 days of delivery for a full refund. Start the return under Orders > Return an item; a prepaid label is emailed within an hour and the refund is issued when the carrier scans the parcel.',
    priority: 'normal',
    confusedWith: 'billing',
    subjects: [
      'I want to return something',
      'Return request',
      'How do I send this back?',
      'Returning my order',
    ],
    problems: [
      'I would like to return the {product} from order {order}, it is not what I need.',
      'How do I send back the {product}? I bought it on {date}.',
      'The {product} does not fit our door frame, so I want to return it.',
      'Please help me return order {order}, we changed our minds.',
    ],
    details: [
      'It is still in the original box.',
      'We only tried it for a day.',
      'I would prefer a refund rather than store credit.',
      'It arrived {days} days ago.',
    ],
    resolutions: [
      'You are well within the 30-day window, so start the return under Orders > Return an item and a prepaid label for the {product} will arrive within an hour.',
      'I have started the return for order {order}; your prepaid {carrier} label is in your inbox and the refund is issued as soon as the parcel is scanned.',
    ],
  },
  {
    id: 'kb-returns-02',
    category: 'returns',
    title: 'Exchanging for a different model',
    article:
      'To exchange, start a return and choose "Exchange" with the model you want. The new item ships as soon as the return label is scanned; any price difference is charged or refunded automatically.',
    priority: 'low',
    confusedWith: 'shipping',
    subjects: [
      'Exchange request',
      'Swap for a different model',
      'Wrong model for my needs',
      'Can I exchange this?',
    ],
    problems: [
      'Can I exchange the {product} for the outdoor version?',
      'I bought the {product} but I need the battery model instead, can we swap it?',
      'I would like to exchange order {order} for the model with the wider field of view.',
      'Is it possible to trade my {product} for a different colour?',
    ],
    details: [
      'I am happy to pay the difference.',
      'It has not been installed.',
      'I bought it on {date}.',
      'The other model is cheaper, so I expect some money back.',
    ],
    resolutions: [
      'Yes: start a return for the {product}, choose Exchange and pick the new model, and it ships as soon as your return label is scanned.',
      'I have set up the exchange on order {order}; any price difference is settled automatically once the {product} is back with us.',
    ],
  },
  {
    id: 'kb-returns-03',
    category: 'returns',
    title: 'Return label not received',
    article:
      'Prepaid return labels are emailed within an hour of starting a return and can also be downloaded from Orders > Returns. If the label is missing after a day, support resends it or books a carrier pickup.',
    priority: 'normal',
    confusedWith: 'shipping',
    subjects: [
      'No return label',
      'Return label missing',
      'Still waiting for the label',
      'Cannot print my return label',
    ],
    problems: [
      'I started a return for order {order} on {date} but the return label never arrived.',
      'Where is the prepaid label for returning my {product}?',
      'The return label link in your email gives me an error page.',
      'I do not have a printer; can you send the {product} return label another way?',
    ],
    details: [
      'I checked my spam folder.',
      'The return window closes soon.',
      'I already packed the box.',
      'I started the return {days} days ago.',
    ],
    resolutions: [
      'I have resent the prepaid label for order {order}; you can also download it any time under Orders > Returns.',
      'No printer is needed: I have booked a {carrier} pickup for your {product}, and the driver will bring the label.',
    ],
  },
  {
    id: 'kb-returns-04',
    category: 'returns',
    title: 'Refund after a return',
    article:
      'The refund for a returned item is issued when the carrier first scans the parcel, not when it reaches the warehouse. If the tracking shows a scan and no refund has been issued after 3 business days, support issues it by hand.',
    priority: 'high',
    confusedWith: 'billing',
    subjects: [
      'Returned but no refund',
      'Refund for my return',
      'Where is my return refund?',
      'Return refund missing',
    ],
    problems: [
      'I sent the {product} back on {date} and I still have not received my refund of {amount}.',
      'My return for order {order} was delivered to you {days} days ago, where is my money?',
      'The tracking shows you received my return, but the {amount} refund has not been issued.',
      'I returned order {order} weeks ago and I am still waiting for the {amount}.',
    ],
    details: [
      'I have the drop-off receipt.',
      'The return tracking number is {tracking}.',
      'Nobody has answered my last email.',
      'I paid with a card ending in {last4}.',
    ],
    resolutions: [
      'Your return for order {order} was scanned by the carrier, so I have issued the {amount} refund by hand today; it will reach your card in 5-10 business days.',
      'I can see your returned {product} has arrived, and the refund of {amount} has now been issued to your original payment method.',
    ],
  },
  {
    id: 'kb-returns-05',
    category: 'returns',
    title: 'Warranty replacements for faulty devices',
    article:
      'Every Kestrel device has a 2-year limited warranty. If a device stops working and troubleshooting does not help, support ships a replacement first and sends a prepaid label to return the faulty unit within 30 days.',
    priority: 'normal',
    confusedWith: 'technical',
    subjects: ['Device stopped working', 'Warranty claim', 'Faulty unit', 'Replacement under warranty'],
    problems: [
      'My {product} stopped working after {count} months and will not turn on at all.',
      'The {product} I bought last year has died, is it still under warranty?',
      'Our {product} makes a clicking noise and then restarts, I think it is faulty.',
      'The {product} from order {order} is dead after a factory reset.',
    ],
    details: [
      'I have tried a different power adapter.',
      'The status light does not come on.',
      'I bought it on {date}.',
      'It is mounted on the {room} wall.',
    ],
    resolutions: [
      'Your {product} is covered by the 2-year warranty, so I am shipping a replacement now and emailing a prepaid label to return the faulty unit within 30 days.',
      'Since the {product} is dead even after a reset, I have arranged a warranty replacement, which will arrive in 3-5 business days.',
    ],
  },
  {
    id: 'kb-returns-06',
    category: 'returns',
    title: 'Returning an opened or installed item',
    article:
      'Opened and installed devices can be returned within 30 days like unopened ones, as long as all parts are included. Factory-reset the device and remove it from your account before sending it back.',
    priority: 'low',
    confusedWith: 'account',
    subjects: [
      'Can I return an opened item?',
      'Return after installing',
      'Opened box return',
      'Used it once, can I return it?',
    ],
    problems: [
      'I already installed the {product}, can I still return it?',
      'The box for the {product} is opened and the seal is broken, is a return still possible?',
      'We used the {product} for a week and it is not for us, can it go back?',
      'I threw away the plastic wrap from the {product}, will you still take it back?',
    ],
    details: [
      'All the parts are there.',
      'There are a few screw marks on the mount.',
      'We bought it on {date}.',
      'It still works perfectly.',
    ],
    resolutions: [
      'Yes, opened and installed devices can be returned within 30 days as long as all parts are included; please factory-reset the {product} and remove it from your account first.',
      'You can return the {product} even though it is installed; start the return under Orders > Return an item and include all the parts.',
    ],
  },
  {
    id: 'kb-returns-07',
    category: 'returns',
    title: 'Received the wrong item',
    article:
      'If the item in the box does not match your order, support ships the right one straight away and emails a prepaid label for the wrong one. You do not need to wait for the wrong item to arrive back.',
    priority: 'normal',
    confusedWith: 'shipping',
    subjects: [
      'Wrong item received',
      'This is not what I ordered',
      'Order mix-up',
      "Received someone else's order",
    ],
    problems: [
      'I ordered the {product} but order {order} contained a completely different device.',
      'The box says {product} but inside there is a smart plug.',
      'I received a white {product} instead of the black one I paid for.',
      'Order {order} came with the indoor model instead of the outdoor one.',
    ],
    details: [
      'The packing slip has my name on it.',
      'I have not opened the device.',
      'I need the right one for next week.',
      'I ordered on {date}.',
    ],
    resolutions: [
      'I am sorry about the mix-up: the right {product} ships today, and a prepaid label for the wrong item is in your inbox.',
      'I have sent the correct item for order {order} without waiting for the wrong one to come back; just use the prepaid label when convenient.',
    ],
  },
  {
    id: 'kb-returns-08',
    category: 'returns',
    title: 'Returning a gift',
    article:
      'Gifts can be returned within 30 days of delivery with the order number or the gift receipt. The refund goes to the buyer unless the return is started as a gift return, which gives the recipient store credit.',
    priority: 'low',
    confusedWith: 'billing',
    subjects: [
      'Returning a gift',
      'Gift return without receipt',
      'Someone gave me this',
      'Gift return question',
    ],
    problems: [
      'I got a {product} as a gift and already have one, can I return it for store credit?',
      'How do I return a gift without telling the person who bought it?',
      'My aunt sent me a {product} but it does not work with my setup, can I exchange it?',
      'I have the gift receipt for a {product} but no order number.',
    ],
    details: [
      'It is still sealed.',
      'It arrived on {date}.',
      'I would rather get store credit.',
      'The gift note has the order number {order}.',
    ],
    resolutions: [
      'Start a gift return with the gift receipt and you will get store credit, and the person who bought it will not be notified.',
      'Gifts can be returned within 30 days of delivery; with the gift receipt we can find the order and issue store credit for the {product}.',
    ],
  },
];
