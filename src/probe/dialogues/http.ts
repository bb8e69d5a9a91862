// HTTP: port 80, which must redirect to https (http-not-redirected), and HTTPS on 443, whose
// TLS handshake and certificate are checked. No mail dialogue: the probe's one request
// (src/probe/http.ts) is all there is, and the client speaks first.
import type { Protocol } from './protocol.js';

export const protocol: Protocol = {
  name: 'http',
  services: [
    { name: 'https', port: 443, transport: 'implicit-tls', tls: true, label: 'HTTPS' },
    { name: 'http', port: 80, transport: 'http', tls: false, label: 'HTTP' },
  ],
  speaksFirst: 'client',
  upgradeWord: null,
  // HTTP has no greeting; a 503 is an answer to a request, which the redirect rule judges.
  greetingSaysBusy: () => false,
  // The probe sends no credentials and reads no login form: nothing is judged before TLS.
  dialogue: null,
};
