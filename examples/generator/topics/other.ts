import type { Topic } from './topic.js';

/** Other: feedback, partnerships, press, jobs, installers, accessibility, recycling. */
export const otherTopics: readonly Topic[] = [
  {
    id: 'kb-other-01',
    category: 'other',
    title: 'Feature requests',
    article:
      'Feature ideas are collected on the Kestrel community board, where other customers can vote for them. The product team reviews the most-voted ideas every quarter; support passes on requests sent by email too.',
    priority: 'low',
    confusedWith: 'technical',
    subjects: ['Feature request', 'Idea for the app', 'Suggestion', 'Please add this feature'],
    problems: [
      'It would be great if the app could show all cameras on one screen in landscape.',
      'Please add a way to share a single clip with a neighbour without giving account access.',
      'Could the {product} support a night mode that turns off the status light?',
      'I would love a widget on my {phone_model} home screen with the doorbell feed.',
    ],
    details: [
      'Otherwise I love the product.',
      'Several people in our street have asked for this.',
      'Other brands already do it.',
      'Just a suggestion.',
    ],
    resolutions: [
      'Thank you for the idea; I have passed it to our product team, and you can add it to the community board so other customers can vote for it.',
      'That is a great suggestion, and the product team reviews the most-voted ideas every quarter, so posting it on the community board is the best way to get it built.',
    ],
  },
  {
    id: 'kb-other-02',
    category: 'other',
    title: 'Compliments and feedback',
    article:
      'Feedback about products and support is read by the customer experience team every week. Compliments about a support agent are passed on to them and their manager.',
    priority: 'low',
    confusedWith: 'technical',
    subjects: ['Thank you!', 'Great service', 'Feedback on your support', 'Just wanted to say thanks'],
    problems: [
      'I just wanted to say the {product} caught a package thief last week and the footage was perfect.',
      'Your agent on the phone yesterday was incredibly patient with my dad, please thank her.',
      'We have had our cameras for {count} years and never had a problem, well done.',
      'Setting up the {product} took five minutes, which I did not expect.',
    ],
    details: [
      'No need to reply.',
      'Her name was Priya, I think.',
      'I have recommended you to my neighbours.',
      'Keep it up.',
    ],
    resolutions: [
      'Thank you so much for taking the time to write; I have shared your message with the team.',
      'It is great to hear the {product} has been so useful, and I have passed your kind words on.',
    ],
  },
  {
    id: 'kb-other-03',
    category: 'other',
    title: 'Wholesale and partnership enquiries',
    article:
      'Retailers, installers and property managers can apply for the Kestrel partner programme on the partners page. The partnerships team replies to applications within 5 business days.',
    priority: 'low',
    confusedWith: 'billing',
    subjects: [
      'Partnership enquiry',
      'Wholesale pricing',
      'Bulk order for our buildings',
      'Reseller question',
    ],
    problems: [
      'We manage {count}0 apartments at {company} and would like bulk pricing on doorbells.',
      'I run an electrical business and would like to become an authorised Kestrel installer.',
      'Do you offer wholesale pricing for a small shop like {company}?',
      'Who should I talk to about a partnership between {company} and Kestrel?',
    ],
    details: [
      'We would start with a pilot in one building.',
      'We already install other brands.',
      'Please send me a contact in sales.',
      'We are based in {city}.',
    ],
    resolutions: [
      'Thank you for your interest; please apply on our partners page and the partnerships team will get back to {company} within 5 business days.',
      'Bulk and installer pricing goes through our partner programme, and I have forwarded your details to the partnerships team.',
    ],
  },
  {
    id: 'kb-other-04',
    category: 'other',
    title: 'Press and media requests',
    article:
      'Journalists can reach the Kestrel press office at the address on the newsroom page. Product samples for review are arranged by the press office, not by customer support.',
    priority: 'normal',
    confusedWith: 'account',
    subjects: ['Press enquiry', 'Media request', 'Interview request', 'Review sample'],
    problems: [
      'I am a journalist writing about home security and would like a comment from Kestrel.',
      'Could I get a review sample of the {product} for our tech blog?',
      'We are preparing a consumer segment on doorbell privacy and need a spokesperson.',
      'Who handles press questions about your data retention policy?',
    ],
    details: [
      'My deadline is {date}.',
      'The publication is {company}.',
      'A short written statement is fine.',
      'We cover smart-home products every month.',
    ],
    resolutions: [
      'The press office handles media requests and review samples; I have forwarded your message to them so they can reply before {date}.',
      'Please contact our press office through the newsroom page, which is the fastest way to reach a spokesperson.',
    ],
  },
  {
    id: 'kb-other-05',
    category: 'other',
    title: 'Jobs at Kestrel',
    article:
      'Open roles are listed on the careers page and applications go through it only. Support cannot forward CVs or answer questions about the status of an application.',
    priority: 'low',
    confusedWith: 'account',
    subjects: ['Job application', 'Are you hiring?', 'Career question', 'Application status'],
    problems: [
      'Are you hiring support agents in {city}?',
      'I applied for a developer role three weeks ago and have not heard back.',
      'Can I send my CV to this address for a job in your warehouse?',
      'Do you offer internships for students?',
    ],
    details: [
      'I am a big fan of the products.',
      'I have five years of customer service experience.',
      'I can start right away.',
      'I applied on {date}.',
    ],
    resolutions: [
      'All open roles are on our careers page and applications go through it, so please apply there; support cannot forward CVs.',
      'Thank you for your interest in working with us; the careers page lists every open role and the hiring team contacts candidates directly.',
    ],
  },
  {
    id: 'kb-other-06',
    category: 'other',
    title: 'Finding a professional installer',
    article:
      'Kestrel partners with certified installers in most US cities, bookable from the app under Services. A standard doorbell or camera installation costs a fixed fee and is covered by a 1-year workmanship guarantee.',
    priority: 'low',
    confusedWith: 'technical',
    subjects: [
      'Installer recommendation',
      'Can someone install this for me?',
      'Professional installation',
      'Need help mounting',
    ],
    problems: [
      'Can you recommend someone to install the {product} for my elderly mother?',
      'I am not comfortable with wiring, do you offer installation for the {product}?',
      'How much does it cost to have a professional mount {count} cameras?',
      'Is there an approved installer near {city}?',
    ],
    details: [
      'She lives alone.',
      'The house is quite old.',
      'We would like it done before {date}.',
      'One camera has to go on the second floor.',
    ],
    resolutions: [
      'You can book a certified installer from the app under Services; installation is a fixed fee and comes with a 1-year workmanship guarantee.',
      'We work with certified installers in most cities, and the Services tab in the app will show the ones near {city}.',
    ],
  },
  {
    id: 'kb-other-07',
    category: 'other',
    title: 'Accessibility in the Kestrel app',
    article:
      'The Kestrel app supports screen readers, larger text and high-contrast mode, and doorbell alerts can flash the phone light. Accessibility feedback goes straight to the app team and is answered within 3 business days.',
    priority: 'normal',
    confusedWith: 'technical',
    subjects: [
      'Accessibility feedback',
      'Screen reader problem',
      'Hard to use with low vision',
      'Accessibility request',
    ],
    problems: [
      'The live view buttons are not labelled for VoiceOver, so my blind father cannot use the app.',
      'I am hard of hearing and would like the doorbell to flash my phone light instead of ringing.',
      'The text in the event list is too small even with large text switched on.',
      'The colours in the new timeline are very hard to tell apart with colour blindness.',
    ],
    details: [
      'He uses an iPhone.',
      'This matters a lot to us.',
      'It used to work in the older version.',
      'Happy to test a beta.',
    ],
    resolutions: [
      'Thank you for telling us; I have passed this to the app team, who answer accessibility feedback within 3 business days.',
      'Doorbell alerts can flash the phone light: turn it on under Settings > Notifications > Flash alert, and I have passed the rest of your feedback to the app team.',
    ],
  },
  {
    id: 'kb-other-08',
    category: 'other',
    title: 'Recycling old devices',
    article:
      'Kestrel takes back old devices of any brand for recycling with a free mail-in label from the sustainability page. Batteries must be removed first; devices are refurbished where possible.',
    priority: 'low',
    confusedWith: 'returns',
    subjects: [
      'Recycling question',
      'What do I do with my old camera?',
      'Trade-in or recycling',
      'Disposal of old devices',
    ],
    problems: [
      'How can I recycle my old {product} now that I have upgraded?',
      'Do you take back old cameras from other brands for recycling?',
      'What should I do with the batteries from my old doorbell?',
      'Is there a trade-in programme for the first-generation {product}?',
    ],
    details: [
      'I have {count} old devices.',
      'I would rather not throw them in the bin.',
      'They still work.',
      'I live in {city}.',
    ],
    resolutions: [
      'You can print a free mail-in label from our sustainability page and send the devices back for recycling; please remove the batteries first.',
      'We take back old devices of any brand, and working ones are refurbished, so the free mail-in label on the sustainability page is the way to go.',
    ],
  },
];
