/**
 * Cairn's own session after an LTI launch: an opaque bearer token (only its SHA-256 is stored), its expiry, and
 * the request's {@link org.cairn.session.boundary.CourseAccess} (who, which course, which role) that every API
 * resource resolves first. The id_token is never a session, and nothing after the launch needs a cookie.
 */
package org.cairn.session;
