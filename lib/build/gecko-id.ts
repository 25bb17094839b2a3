// The add-on's id in Firefox: the manifest declares it, and IT names it in policies.json
// (3rdparty.Extensions.<id>) to give the extension its organisation policy.
export const GECKO_ID = 'samenspraak@samenspraak.nl';
