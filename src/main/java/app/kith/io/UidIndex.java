package app.kith.io;

/**
 * The cards of a file by their UID, to the person each became: what a group card's members are
 * named by. A file of 100,000 cards has 100,000 of them and a group may come last, so they are
 * kept as 64-bit hashes in two arrays (16 bytes a card rather than a hundred and more for the
 * strings in a map); two UIDs of one file sharing a hash is a chance of one in billions.
 */
final class UidIndex {

    private long[] keys = new long[1 << 10];
    private long[] values = new long[1 << 10];
    private int size;

    void put(String uid, long value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long key = hash(uid);
        int i = slot(key, keys);
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    /** The value put for this UID, or null. */
    Long get(String uid) {
        long key = hash(uid);
        int i = slot(key, keys);
        return keys[i] == 0 ? null : values[i];
    }

    private static int slot(long key, long[] keys) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int j = slot(oldKeys[i], keys);
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }

    /** FNV-1a over the characters, never 0 (an empty slot). */
    static long hash(String uid) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < uid.length(); i++) {
            h ^= uid.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
