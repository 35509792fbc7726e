/**
 * What every feature stands on: the data source and Flyway migrations, the clock, configuration keys,
 * problem+json error mapping, security headers and health checks.
 * Nothing here knows about LTI, plans or mastery; features depend on infra, never the reverse.
 */
package org.cairn.infra;
