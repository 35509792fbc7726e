/**
 * Who Cairn is registered with: registrations (issuer and client id, with the platform's endpoints) and the
 * deployments inside each. The key decision: a registration, never an issuer alone, partitions every
 * tenant-owned row, because Canvas cloud, Blackboard and Schoology share one issuer across customers.
 */
package org.cairn.tenancy;
