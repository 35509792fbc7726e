/**
 * Calling an LMS's LTI Advantage services: OAuth 2.0 client credentials tokens with an RFC 7523 private_key_jwt
 * assertion, cached per registration and scope set, and the HTTP rules every service call shares (bearer token,
 * drop the token and retry once on 401, Retry-After, RFC 8288 Link headers). The key decision: one token per
 * (registration, exact scope set), never more scopes than the caller asked for.
 */
package org.cairn.tenancy.tokens;
