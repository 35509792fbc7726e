/**
 * LTI Deep Linking 2.0: a teacher picks Cairn content ("My learning plan", one per unit) inside the LMS and Cairn
 * answers with a signed LtiDeepLinkingResponse. No session is opened: the request's context travels to the
 * response in a short-lived ticket signed with Cairn's own key, so any node can finish the selection.
 */
package org.cairn.lti.deeplinking;
