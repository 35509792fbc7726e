/**
 * How platforms learn about Cairn: LTI Dynamic Registration 1.0 (/lti/register) and the Canvas JSON
 * configuration (/lti/canvas.json). The key decision: the configuration URL a registration page receives is
 * hostile input, fetched only under {@link org.cairn.lti.registration.ConfigurationUrlPolicy}.
 */
package org.cairn.lti.registration;
