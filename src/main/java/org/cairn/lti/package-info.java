/**
 * The LTI 1.3 protocol boundary: OIDC login initiation, id_token validation, platform keys and client-side
 * platform storage. Nothing here knows about plans or mastery; a valid launch becomes roster rows and a Cairn
 * session, and the checklist in docs/security.md maps every rule to the class and test that enforce it.
 */
package org.cairn.lti;
