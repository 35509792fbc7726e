/**
 * Cairn's own RSA signing keys: created, encrypted at rest, rotated and published at /.well-known/jwks.json.
 * The key decision: the database is the source of truth (every node reads the same keys) and a key is
 * published as NEXT long before it signs and stays published as RETIRED until what it signed has expired.
 */
package org.cairn.tenancy.keys;
