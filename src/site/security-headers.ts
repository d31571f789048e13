/**
 * The site's Content Security Policy and the other security headers a static host can send
 * (README, "Hosting headers"). Every built page carries the policy in a <meta http-equiv> tag
 * (layouts/Base.astro), which is all GitHub Pages allows; public/_headers sends the same policy
 * and the headers below on hosts that read that file. A test keeps the file and this module
 * the same.
 *
 * Nothing runs but the site's own script files: no inline script, style or event handler, and
 * no eval. Pagefind, the search, compiles WebAssembly, which 'wasm-unsafe-eval' allows without
 * allowing eval; it also runs in a worker of the site's own and fetches its index, and the
 * version check fetches /api/affected.json.
 */

/** The directives, each denying everything the site does not need. */
export const POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** Directives a <meta> policy may not carry (browsers ignore them there, with a console error). */
export const HEADER_ONLY_POLICY: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

const serialize = (policy: Readonly<Record<string, readonly string[]>>) =>
  Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** The policy as every page's <meta http-equiv="Content-Security-Policy"> states it. */
export const META_POLICY = serialize(POLICY);

/** The policy as a header, which may also forbid framing the site. */
export const HEADER_POLICY = serialize({ ...POLICY, ...HEADER_ONLY_POLICY });

/** Referrer-Policy: other sites learn only the origin a reader came from, and nothing over plain HTTP. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Browser features the site never uses, each denied to it and to anything it might embed. */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** Every header public/_headers sends with each file, in its order. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  'Permissions-Policy': DENIED_FEATURES.map((f) => `${f}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
