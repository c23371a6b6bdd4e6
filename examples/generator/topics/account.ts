import type { Topic } from './topic.js';

/** Account: sign-in, two-factor, security, profile and privacy requests. */
export const accountTopics: readonly Topic[] = [
  {
    id: 'kb-account-01',
    category: 'account',
    title: 'Password reset email not arriving',
    article:
      'Password reset emails are sent within 2 minutes from no-reply@kestrel.example and expire after 30 minutes. If none arrives, check the spelling of the address and the spam folder; support can verify identity and trigger a reset manually.',
    priority: 'high',
    confusedWith: 'technical',
    subjects: ['Cannot reset my password', 'Locked out', 'Password reset not working', 'No reset email'],
    problems: [
      'I have requested a password reset {count} times and no email ever arrives.',
      'I am locked out of the app and the reset link says it has expired.',
      'The password reset email never comes, so I cannot see my cameras.',
      'I forgot my password and the reset page says my email is not recognised.',
    ],
    details: [
      'I have checked spam and promotions.',
      'I signed up with my work address years ago.',
      'My partner can still log in on their phone.',
      'I tried again this morning.',
    ],
    resolutions: [
      'Reset emails come from our no-reply address within 2 minutes and expire after 30, so please request one more and use it straight away; if it still does not arrive I can reset it for you after a quick identity check.',
      'I have verified your account and sent a fresh reset link, which is valid for 30 minutes.',
    ],
  },
  {
    id: 'kb-account-02',
    category: 'account',
    title: 'Lost access to the two-factor device',
    article:
      'If you lose the phone that holds your two-factor codes, sign in with one of the backup codes saved at setup. Without backup codes, support removes two-factor after an identity check that takes up to 24 hours.',
    priority: 'high',
    confusedWith: 'technical',
    subjects: [
      'Lost my phone, cannot log in',
      'Two-factor problem',
      'No access to 2FA codes',
      'Locked out by 2FA',
    ],
    problems: [
      'My phone was stolen and it had my two-factor codes, now I cannot sign in.',
      'I got a new {phone_model} and the authenticator app did not transfer, so I am locked out.',
      'The app asks for a verification code that I can no longer receive.',
      'I reset my phone and lost the two-factor setup for my Kestrel account.',
    ],
    details: [
      'I do not have the backup codes.',
      'I still know my password.',
      'The cameras are still recording, I just cannot see them.',
      'I can prove who I am with the order number {order}.',
    ],
    resolutions: [
      'If you saved backup codes at setup, one of them will get you in; otherwise I can remove two-factor after an identity check, which takes up to 24 hours.',
      'I have started the identity check to remove two-factor from your account, and you will get an email within 24 hours to set it up again on your {phone_model}.',
    ],
  },
  {
    id: 'kb-account-03',
    category: 'account',
    title: 'Suspicious sign-in or compromised account',
    article:
      'If you see a sign-in you do not recognise, change your password, sign out all sessions under Settings > Security and turn on two-factor. Support can lock the account immediately and review the access log with you.',
    priority: 'urgent',
    confusedWith: 'technical',
    subjects: [
      'Someone is in my account',
      'Suspicious login alert',
      'Account hacked',
      'Unknown device on my account',
    ],
    problems: [
      'I got an alert about a sign-in from {city} and it was not me.',
      'Someone changed the name on my account and I can see a device I do not own.',
      'I think my Kestrel account was hacked, my camera settings keep changing.',
      'There is a login from an unknown {phone_model} in my account history.',
    ],
    details: [
      'I have already changed my password.',
      "The cameras cover our kids' rooms, so this is scary.",
      'It happened around {time}.',
      'I use the same password on another site that was breached.',
    ],
    resolutions: [
      'I have locked your account and signed out every session; please set a new password and turn on two-factor under Settings > Security, and I will go through the access log with you.',
      'Please change your password and sign out all sessions under Settings > Security right away; I have flagged the sign-in from {city} for our security team.',
    ],
  },
  {
    id: 'kb-account-04',
    category: 'account',
    title: 'Changing the account email address',
    article:
      'The sign-in email can be changed under Settings > Profile. A confirmation link is sent to the new address and the change takes effect once it is clicked; the old address receives a notice.',
    priority: 'low',
    confusedWith: 'other',
    subjects: ['Change my email address', 'Update login email', 'New email for my account', 'Email change'],
    problems: [
      'How do I change the email address on my account to my new one?',
      'I am leaving my job and need to move my Kestrel login off my work email.',
      'I changed my email in the app but I still get messages at the old address.',
      'Can you update my account email? The old one is closing.',
    ],
    details: [
      'I still have access to the old address for now.',
      'The new address is a family one we share.',
      'We have {count} cameras on this account.',
      'I do not want to lose any recordings.',
    ],
    resolutions: [
      'You can change it under Settings > Profile; once you click the confirmation link sent to the new address, the change takes effect and nothing else on the account changes.',
      'Your devices and recordings stay as they are when you change the sign-in email, which you can do under Settings > Profile.',
    ],
  },
  {
    id: 'kb-account-05',
    category: 'account',
    title: 'Deleting your account and data',
    article:
      'Deleting an account removes all devices, recordings and personal data within 30 days and cannot be undone. Cancel any subscription first; the deletion request is under Settings > Privacy > Delete account.',
    priority: 'normal',
    confusedWith: 'other',
    subjects: ['Delete my account', 'Close my account', 'Remove all my data', 'Account deletion'],
    problems: [
      'Please delete my Kestrel account and everything stored on it.',
      'How do I close my account permanently? We sold the house with the cameras.',
      'I want all my recordings and personal data removed from your servers.',
      'I no longer use Kestrel and would like my account deleted.',
    ],
    details: [
      'I have already taken the devices down.',
      'Please confirm by email when it is done.',
      'I still have a subscription, I think.',
      'This is a formal request.',
    ],
    resolutions: [
      'You can request deletion under Settings > Privacy > Delete account; everything is removed within 30 days, so please cancel any subscription first.',
      'I have submitted the deletion request for your account; all devices, recordings and personal data will be removed within 30 days and you will get a confirmation email.',
    ],
  },
  {
    id: 'kb-account-06',
    category: 'account',
    title: 'Sharing access with household members',
    article:
      'The account owner can invite up to 10 household members under Settings > Shared users. Members see live video and recordings but cannot change billing, delete devices or invite others.',
    priority: 'low',
    confusedWith: 'technical',
    subjects: ['Add a family member', 'Share camera access', 'Invite my partner', 'Shared users question'],
    problems: [
      'How do I give my partner access to the cameras without sharing my password?',
      'I want my parents to see the {product} feed on their phone.',
      'Can I add our babysitter with access to just one camera?',
      'The invite I sent to my husband expired before he opened it.',
    ],
    details: [
      'We have {count} cameras.',
      'They use an Android phone.',
      'I do not want them to change any settings.',
      'It is only for the {room} camera.',
    ],
    resolutions: [
      'Go to Settings > Shared users and send an invite; household members can watch live video and recordings but cannot change billing or settings.',
      'Invites expire after 7 days, so please send a new one from Settings > Shared users.',
    ],
  },
  {
    id: 'kb-account-07',
    category: 'account',
    title: 'Merging two accounts',
    article:
      'Accounts cannot be merged automatically, but devices can be moved: remove each device from one account and add it to the other. Recordings stay with the original account until they expire.',
    priority: 'low',
    confusedWith: 'technical',
    subjects: ['Merge two accounts', 'I have two logins', 'Combine accounts', 'Duplicate accounts'],
    problems: [
      'I accidentally created two accounts and my {product} is on the wrong one.',
      'Can you merge my old account into my new one?',
      'My partner and I each set up an account and now the devices are split between them.',
      'I have two logins and my subscription is on the one without cameras.',
    ],
    details: [
      'Both use my name.',
      'There are {count} devices in total.',
      'I would like to keep the recordings if possible.',
      'One of them uses my old email.',
    ],
    resolutions: [
      'Accounts cannot be merged, but you can move each device: remove the {product} from one account and add it to the other, and old recordings stay on the first account until they expire.',
      'I can move your subscription to the account with the cameras; the devices themselves need to be removed and re-added in the app.',
    ],
  },
  {
    id: 'kb-account-08',
    category: 'account',
    title: 'Downloading a copy of your data',
    article:
      'Under Settings > Privacy > Download my data you can request an archive of your account data and recordings. It is ready within 72 hours and the download link is valid for 7 days.',
    priority: 'normal',
    confusedWith: 'other',
    subjects: ['Data access request', 'Download my data', 'Copy of my personal data', 'Export my recordings'],
    problems: [
      'I would like a copy of all personal data you hold about me.',
      'How can I export all my recordings before I cancel?',
      'Please send me everything Kestrel has stored on my account.',
      'I need to download the clips from the {room} camera for an insurance claim.',
    ],
    details: [
      'This is a formal data access request.',
      'The clips are from {date}.',
      'I need it within two weeks.',
      'A zip file is fine.',
    ],
    resolutions: [
      'You can request an archive under Settings > Privacy > Download my data; it is ready within 72 hours and the link stays valid for 7 days.',
      'I have started your data export, and we will email you a download link within 72 hours.',
    ],
  },
];
