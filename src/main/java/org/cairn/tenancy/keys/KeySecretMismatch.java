package org.cairn.tenancy.keys;

/** A stored private key that the configured keys secret cannot open. */
public class KeySecretMismatch extends RuntimeException {

    public KeySecretMismatch(String kid, String reason) {
        super("Cannot open the private key of tool key " + kid + ": " + reason);
    }
}
