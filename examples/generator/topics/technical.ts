import type { Topic } from './topic.js';

/** Technical: devices offline, notifications, the app, Wi-Fi, recordings, firmware, locks. */
export const technicalTopics: readonly Topic[] = [
  {
    id: 'kb-technical-01',
    category: 'technical',
    title: 'Camera shows offline',
    article:
      'A camera shows offline when it loses Wi-Fi for more than 2 minutes. Power-cycle the camera and the router, check the signal under Device health (it should be at least -67 dBm), and move the hub closer or add a range extender if the signal is weak.',
    priority: 'high',
    confusedWith: 'account',
    subjects: [
      'Camera offline',
      'Camera keeps disconnecting',
      'Device shows offline',
      'Lost connection to my camera',
    ],
    problems: [
      'My {product} has been showing offline since {date}.',
      'The {room} camera keeps dropping offline every few hours.',
      'The app says my {product} is offline but the light on it is solid blue.',
      'Since a power cut on {date}, two of my cameras will not come back online.',
    ],
    details: [
      'Our router is a {router}.',
      'Everything else on the Wi-Fi works fine.',
      'I already unplugged it and plugged it back in.',
      'It is about 10 metres from the router, through one wall.',
    ],
    resolutions: [
      'Please power-cycle the {product} and your {router}, then check the signal under Device health; if it is weaker than -67 dBm, a range extender near the {room} will keep it online.',
      'A camera goes offline after 2 minutes without Wi-Fi, so a weak signal is the usual cause; moving the hub closer or adding a range extender fixes most cases.',
    ],
  },
  {
    id: 'kb-technical-02',
    category: 'technical',
    title: 'Not getting motion notifications',
    article:
      'Motion alerts need notifications allowed for the Kestrel app in the phone settings, the device armed in the current mode, and a motion zone that covers the area. Battery-saver modes on Android often block alerts.',
    priority: 'normal',
    confusedWith: 'account',
    subjects: ['No motion alerts', 'Notifications stopped', 'Not getting alerts', 'Missed a delivery alert'],
    problems: [
      'I stopped getting motion notifications from the {product} on my {phone_model}.',
      'The camera records motion but my phone never alerts me.',
      'Since the last app update I get no alerts from the {room} camera.',
      'Someone came to the door and I got no notification at all.',
    ],
    details: [
      'Notifications are on in the app.',
      'My wife still gets alerts on her phone.',
      'The clip is in the timeline, just no alert.',
      'It used to work until {date}.',
    ],
    resolutions: [
      'Please check that notifications are allowed for the Kestrel app in your {phone_model} settings, that the {product} is armed in the current mode, and that battery saver is not blocking alerts.',
      'Alerts only fire inside the motion zone, so please redraw the zone on the {room} camera to cover the doorway and test it with a quick walk past.',
    ],
  },
  {
    id: 'kb-technical-03',
    category: 'technical',
    title: 'App crashes on launch',
    article:
      'If the Kestrel app closes as soon as it opens, update it to the latest version, restart the phone, and if needed reinstall it; your devices and settings are stored in the account. Version 5.12.0 had a known crash on some Android 14 phones, fixed in 5.12.1.',
    priority: 'high',
    confusedWith: 'account',
    subjects: ['App keeps crashing', 'App will not open', 'Crash on startup', 'App closes immediately'],
    problems: [
      'The Kestrel app crashes as soon as I open it on my {phone_model}.',
      'Since the update to version {app_version}, the app closes right after the splash screen.',
      'I cannot open the app at all, so I have no way to see my cameras.',
      'The app freezes and crashes whenever I tap the {room} camera.',
    ],
    details: [
      'I have restarted my phone.',
      'I am on version {app_version}.',
      "My partner's iPhone works fine.",
      'I reinstalled it once already.',
    ],
    resolutions: [
      'Please update the app to the latest version and restart your {phone_model}; version 5.12.0 had a crash on some Android phones that 5.12.1 fixes, and reinstalling keeps all your devices.',
      'Reinstalling the app is safe because your devices and settings live in your account; if it still crashes after that, send me the time of the crash and I will pass the log to our developers.',
    ],
  },
  {
    id: 'kb-technical-04',
    category: 'technical',
    title: 'Device will not connect to Wi-Fi during setup',
    article:
      'Kestrel devices use 2.4 GHz Wi-Fi. During setup, keep the phone on the same 2.4 GHz network, turn off VPNs, and avoid network names with emoji. Mesh routers that merge bands may need the 2.4 GHz band split out temporarily.',
    priority: 'normal',
    confusedWith: 'returns',
    subjects: ['Setup fails', 'Cannot connect to Wi-Fi', 'Stuck on the setup screen', 'Will not pair'],
    problems: [
      'Setup of my new {product} fails at the "connecting to Wi-Fi" step.',
      'I cannot get the {product} onto my {router} network, it times out every time.',
      'The {product} pairs over Bluetooth but then says it cannot join the Wi-Fi.',
      'I have tried setting up the {product} {count} times and it never finishes.',
    ],
    details: [
      'Our Wi-Fi password has a few symbols in it.',
      'The router is a {router}.',
      'My phone is on the same network.',
      'I have a VPN on my phone for work.',
    ],
    resolutions: [
      'The {product} needs 2.4 GHz Wi-Fi, so please keep your phone on the 2.4 GHz network during setup, switch off any VPN, and on a {router} split the bands temporarily.',
      'Setup usually times out when the phone is on 5 GHz or a VPN is on; turn both off and the {product} should join in under a minute.',
    ],
  },
  {
    id: 'kb-technical-05',
    category: 'technical',
    title: 'Cloud recordings missing from the timeline',
    article:
      'Cloud recordings need an active Kestrel Plus plan and are kept for 30 days (60 on Business). Gaps appear when the camera was offline, when recording was paused by a schedule, or when motion was outside the zone.',
    priority: 'high',
    confusedWith: 'billing',
    subjects: [
      'Recordings missing',
      'Gap in my recordings',
      'No clips for last night',
      'Footage disappeared',
    ],
    problems: [
      'There are no recordings from the {room} camera for the night of {date}.',
      'My cloud clips from last week have disappeared from the timeline.',
      'Someone damaged our car on {date} and the {product} saved nothing.',
      'The timeline jumps from {time} to the next morning with nothing in between.',
    ],
    details: [
      'I pay for {subscription}.',
      'The police asked me for the footage.',
      'The camera was online the whole time as far as I know.',
      'Other cameras recorded fine that night.',
    ],
    resolutions: [
      'I checked your {product} and it was offline from {time} that night, which is why there is a gap; clips are kept 30 days, so everything recorded before that is still in the timeline.',
      'Recording on the {room} camera was paused by a schedule on {date}; I can help you adjust the schedule so it records around the clock.',
    ],
  },
  {
    id: 'kb-technical-06',
    category: 'technical',
    title: 'Battery drains too fast',
    article:
      'A battery camera usually lasts 3-6 months. Frequent motion in a busy street, a weak Wi-Fi signal, live viewing and cold weather drain it faster; narrowing the motion zone and lowering sensitivity helps most.',
    priority: 'normal',
    confusedWith: 'returns',
    subjects: [
      'Battery life is terrible',
      'Battery drains in days',
      'Camera battery issue',
      'Charging too often',
    ],
    problems: [
      'The battery in my {product} lasts only {days} days after a full charge.',
      'I have to charge the {room} camera every week, the box said months.',
      'Battery life on the {product} dropped sharply after the last firmware update.',
      'My {product} goes from full to 20% in a couple of days.',
    ],
    details: [
      'It faces a busy street.',
      'It is quite cold here at the moment.',
      'I check the live view a few times a day.',
      'The Wi-Fi signal there is only one bar.',
    ],
    resolutions: [
      'A camera facing a busy street wakes up many times a day; narrowing the motion zone and lowering the sensitivity on the {product} should get you back to months per charge.',
      'Cold weather and a weak Wi-Fi signal both drain the battery faster, so a range extender near the {room} will help as much as any setting.',
    ],
  },
  {
    id: 'kb-technical-07',
    category: 'technical',
    title: 'Firmware update stuck',
    article:
      'A firmware update takes up to 10 minutes and the device restarts twice. If it is stuck for longer than 30 minutes, unplug the device for 10 seconds; it rolls back to the previous version automatically and retries overnight.',
    priority: 'normal',
    confusedWith: 'account',
    subjects: ['Firmware update stuck', 'Update never finishes', 'Stuck updating', 'Device stuck at 0%'],
    problems: [
      'The firmware update on my {product} has been stuck at {count}0% for an hour.',
      'My {product} shows "updating" and has been unusable since {time}.',
      'The app keeps asking me to update the {product} but the update fails every time.',
      'The light on the {product} has been blinking purple since it started an update.',
    ],
    details: [
      'I have not unplugged it yet in case that breaks it.',
      'It is the {room} camera.',
      'Other devices updated fine.',
      'The app says version {app_version}.',
    ],
    resolutions: [
      'It is safe to unplug the {product} for 10 seconds: it rolls back to the previous firmware automatically and retries the update overnight.',
      'Updates take up to 10 minutes with two restarts, so after an hour the {product} is stuck; a quick power-cycle will recover it without losing any settings.',
    ],
  },
  {
    id: 'kb-technical-08',
    category: 'technical',
    title: 'Smart Lock will not lock or unlock',
    article:
      'If the Smart Lock jams or does not respond, use the physical key, check that the bolt moves freely with the door closed, and replace the batteries if they are below 20%. A lock that jams repeatedly is replaced under warranty.',
    priority: 'urgent',
    confusedWith: 'returns',
    subjects: ['Smart Lock stuck', 'Cannot unlock my door', 'Lock not responding', 'Lock jammed'],
    problems: [
      'Our Smart Lock X will not unlock from the app or the keypad and we are stuck outside.',
      'The Smart Lock X jams halfway and the front door will not lock tonight.',
      'The Smart Lock X shows "motor error" and does not respond.',
      'Our front door lock stopped responding to the app since {time}.',
    ],
    details: [
      'The batteries were changed last month.',
      'We have a small child inside with the babysitter.',
      'The keypad lights up but nothing happens.',
      'I do not have the physical key with me.',
    ],
    resolutions: [
      'Please use the physical key for now, check that the bolt moves freely with the door closed, and replace the batteries if they are under 20%; if it still jams I will send a replacement lock under warranty.',
      'A motor error usually means the bolt is catching on the strike plate, so try locking with the door held firmly shut; I have also flagged your lock for a warranty replacement.',
    ],
  },
];
