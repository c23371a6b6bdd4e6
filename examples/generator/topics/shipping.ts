import type { Topic } from './topic.js';

/** Shipping: delivery times, tracking, addresses, damaged or missing parcels. */
export const shippingTopics: readonly Topic[] = [
  {
    id: 'kb-shipping-01',
    category: 'shipping',
    title: 'Order has not arrived by the estimated date',
    article:
      'Standard delivery takes 3-5 business days after dispatch; the estimate in your confirmation email starts at dispatch, not at purchase. If an order is more than 3 business days past its estimate, support opens a trace with the carrier and can reship it.',
    priority: 'normal',
    confusedWith: 'returns',
    subjects: ['Where is my order?', 'Late delivery', 'Order still not here', 'Delivery is overdue'],
    problems: [
      'My order {order} was supposed to arrive on {date} and it still has not shown up.',
      'The {product} I ordered is {days} days past the delivery estimate.',
      'Order {order} still says "in transit" and the estimated date was {date}.',
      'I am still waiting for the {product}, it was meant to be here on {date}.',
    ],
    details: [
      'It was shipped with {carrier}.',
      'It is a birthday present.',
      'I paid for standard shipping.',
      'The carrier website has no new scans.',
    ],
    resolutions: [
      'Your order {order} is more than 3 business days past its estimate, so I have opened a trace with {carrier} and will reship it if it has not moved in 48 hours.',
      'The estimate starts at dispatch, and order {order} left our warehouse a little later than usual; it is now with {carrier} and should arrive within 2 business days.',
    ],
  },
  {
    id: 'kb-shipping-02',
    category: 'shipping',
    title: 'Tracking number not updating',
    article:
      'A new tracking number can take up to 24 hours to show its first scan. If tracking has not changed for 4 business days, the parcel may be held at a depot; support contacts the carrier and replies within one business day.',
    priority: 'normal',
    confusedWith: 'technical',
    subjects: ['Tracking not updating', 'Tracking stuck', 'No tracking information', 'Tracking link broken'],
    problems: [
      'The tracking for order {order} has not updated since {date}.',
      'My {carrier} tracking number {tracking} shows "label created" and nothing else.',
      'Tracking for the {product} has been stuck at the same depot for {days} days.',
      'The tracking link in my shipping email says the number is not found.',
    ],
    details: [
      'The order number is {order}.',
      'I have checked it every day this week.',
      'The last scan was in a city I do not live in.',
      'I need to know whether to stay home for the delivery.',
    ],
    resolutions: [
      'Tracking number {tracking} has not moved for a few days, so I have asked {carrier} to locate the parcel and I will update you within one business day.',
      'New tracking numbers can take up to 24 hours to show a scan; order {order} left our warehouse on {date}, so it should update by tomorrow.',
    ],
  },
  {
    id: 'kb-shipping-03',
    category: 'shipping',
    title: 'Marked as delivered but not received',
    article:
      'If tracking says delivered but the parcel is missing, check with neighbours and your building office, and wait 24 hours because carriers sometimes scan early. After that, support files a carrier claim and sends a replacement without waiting for the claim to close.',
    priority: 'high',
    confusedWith: 'returns',
    subjects: [
      'Package says delivered but it is not here',
      'Missing package',
      'Delivered to the wrong place?',
      'Parcel never arrived',
    ],
    problems: [
      'Tracking says order {order} was delivered on {date}, but there is nothing at my door.',
      '{carrier} marked my {product} as delivered yesterday and I never got it.',
      'The app says my parcel was left at the front door, but it is not there.',
      'My order shows as delivered but none of my neighbours have it.',
    ],
    details: [
      'I was home all afternoon.',
      'Our building has a locked mailroom and it is not there either.',
      'The delivery photo shows a door that is not mine.',
      'Order number {order}.',
    ],
    resolutions: [
      'I am sorry your parcel went missing; I have filed a claim with {carrier} and am sending a replacement {product} today rather than waiting for the claim.',
      'Carriers sometimes scan a parcel early, so please give it until tomorrow; if order {order} still has not turned up, reply here and I will ship a replacement straight away.',
    ],
  },
  {
    id: 'kb-shipping-04',
    category: 'shipping',
    title: 'Changing the delivery address',
    article:
      'The delivery address can be changed until the order is dispatched, usually within 12 hours of purchase. After dispatch, support can ask the carrier to redirect the parcel, which is not always possible.',
    priority: 'high',
    confusedWith: 'account',
    subjects: [
      'Wrong address on my order',
      'Change shipping address',
      'Need to update delivery address',
      'Address mistake',
    ],
    problems: [
      'I put my old address on order {order}, can you change it before it ships?',
      'I need to change the delivery address for the {product} I ordered on {date}.',
      'Order {order} is going to the wrong address, I moved last week.',
      'Can you send order {order} to my office in {city} instead?',
    ],
    details: [
      'The right address is my new flat in {city}.',
      'I noticed the mistake right after paying.',
      'Nobody lives at the old address any more.',
      'The confirmation email still shows the old street.',
    ],
    resolutions: [
      'Order {order} has not been dispatched yet, so I have updated the delivery address and you will get a new confirmation email shortly.',
      'Order {order} has already left our warehouse, so I have asked {carrier} to redirect it to the new address and will confirm once they accept.',
    ],
  },
  {
    id: 'kb-shipping-05',
    category: 'shipping',
    title: 'Parcel arrived damaged',
    article:
      'If the box arrives crushed or the device is visibly damaged, keep the packaging and send two photos to support within 7 days. A replacement ships at no cost and the carrier picks up the damaged item.',
    priority: 'normal',
    confusedWith: 'returns',
    subjects: ['Box arrived crushed', 'Damaged delivery', 'Item broken on arrival', 'Package was damaged'],
    problems: [
      'The box for order {order} arrived crushed and the {product} inside has a cracked case.',
      'My {product} came today with a broken lens, the parcel had clearly been dropped.',
      'The parcel was torn open and the {product} was rattling around inside.',
      'The {product} from order {order} arrived with a bent mounting plate.',
    ],
    details: [
      'I kept all the packaging.',
      'I can send photos.',
      'The outer box had a big dent in one corner.',
      'The device turns on but the lens is scratched.',
    ],
    resolutions: [
      'Please reply with two photos of the box and the {product}; as soon as I have them, a replacement ships at no cost and {carrier} will collect the damaged one.',
      'I am sorry the {product} arrived damaged; I have arranged a free replacement for order {order}, and {carrier} will pick up the damaged parcel.',
    ],
  },
  {
    id: 'kb-shipping-06',
    category: 'shipping',
    title: 'International shipping, duties and customs',
    article:
      'Kestrel ships to Canada, the UK, the EU and Australia. Import duties and taxes are included at checkout for the UK and EU; for Canada and Australia the carrier collects them on delivery. International delivery takes 6-10 business days.',
    priority: 'low',
    confusedWith: 'billing',
    subjects: [
      'Do you ship abroad?',
      'Customs fees question',
      'International order',
      'Shipping outside the US',
    ],
    problems: [
      'Do you ship the {product} to {city}, and will I have to pay customs on delivery?',
      'The courier asked me for a customs fee before handing over order {order}.',
      'How long does delivery to {city} usually take?',
      'I am buying a {product} as a gift for my brother in {city}; are duties included?',
    ],
    details: [
      'I want to avoid surprise fees.',
      'The fee was about {amount}.',
      'I would need it within two weeks.',
      'Your checkout did not show any import taxes.',
    ],
    resolutions: [
      'Yes, we ship to {city}; duties for the UK and EU are included at checkout, while for Canada and Australia the carrier collects them on delivery, and delivery takes 6-10 business days.',
      'For your destination, import taxes are collected by the carrier on delivery, which is the fee you were asked for; it is set by local customs, not by Kestrel.',
    ],
  },
  {
    id: 'kb-shipping-07',
    category: 'shipping',
    title: 'An item is missing from the order',
    article:
      'Larger orders sometimes ship in more than one box, each with its own tracking number, listed in the shipping email. If every box has arrived and an item is still missing, support ships it again the same day.',
    priority: 'normal',
    confusedWith: 'returns',
    subjects: [
      'Item missing from my order',
      'Only part of my order arrived',
      'Incomplete delivery',
      'Missing item',
    ],
    problems: [
      'Order {order} arrived without the {product}, everything else was there.',
      'I ordered {count} items and only got {count_minus} in the box.',
      'The {product} that was on my packing slip was not in the parcel.',
      'My delivery for order {order} was missing the mounting kit.',
    ],
    details: [
      'The packing slip lists it.',
      'There was only one box.',
      'I checked all the packaging twice.',
      'The rest of the order was fine.',
    ],
    resolutions: [
      'Order {order} shipped in two boxes and the {product} is in the second one, which {carrier} will deliver within 2 business days.',
      'I can confirm the {product} was not packed with order {order}, so I have shipped it today with its own tracking number.',
    ],
  },
  {
    id: 'kb-shipping-08',
    category: 'shipping',
    title: 'Upgrading to express delivery',
    article:
      'Express delivery (1-2 business days) can be chosen at checkout for orders placed before 2 pm Eastern. An order that has not been dispatched can be upgraded by support for the price difference.',
    priority: 'low',
    confusedWith: 'billing',
    subjects: [
      'Can I get it faster?',
      'Express shipping upgrade',
      'Upgrade delivery speed',
      'Need it by Friday',
    ],
    problems: [
      'Can I upgrade order {order} to express delivery? I need it before {date}.',
      'Is there a way to get the {product} faster than standard shipping?',
      'I chose standard shipping by mistake, can you switch it to express?',
      'How much would it cost to have order {order} delivered by the weekend?',
    ],
    details: [
      'We are travelling soon and want the camera up first.',
      'I am happy to pay the difference.',
      'I ordered this morning.',
      'It is for a new office opening.',
    ],
    resolutions: [
      'Order {order} has not been dispatched yet, so I can upgrade it to express delivery for the price difference; reply to confirm and it will ship today.',
      'Express delivery takes 1-2 business days for orders placed before 2 pm Eastern, so the {product} would arrive before {date} if upgraded now.',
    ],
  },
];
