/**
 * The built-in sandbox LMS: an LTI 1.3 Advantage platform (OIDC authorization, platform keys, OAuth 2.0 token
 * endpoint, NRPS, AGS, Deep Linking return, Dynamic Registration) with a demo course, for demos and tests.
 * It talks to Cairn only over HTTP, exactly as a real LMS does, so every test that uses it exercises Cairn's
 * real protocol code; it lives on another site (127.0.0.1 versus localhost) so Cairn is framed cross-site.
 */
package org.cairn.sandbox;
