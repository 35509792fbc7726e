package org.cairn.tenancy.keys;

/** Where a key is in its life: published before it signs, published after it stops signing, then removed. */
public enum ToolKeyState {
    /** Published so platforms cache it, not yet used to sign. */
    NEXT,
    /** Signs everything Cairn sends (client assertions, Deep Linking responses). */
    CURRENT,
    /** No longer signs; published until everything it signed has expired. */
    RETIRED
}
