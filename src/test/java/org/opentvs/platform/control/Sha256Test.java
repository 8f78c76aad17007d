package org.opentvs.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void digestsAreTheStandardTestVectors() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
    }

    @Test
    void textIsHashedAsUtf8() {
        assertEquals(Sha256.hex("MÜLLER".getBytes(StandardCharsets.UTF_8)), Sha256.hex("MÜLLER"));
    }

    @Test
    void aStreamFedInPiecesDigestsLikeTheWholeText() {
        MessageDigest digest = Sha256.incremental();
        digest.update("a".getBytes(StandardCharsets.UTF_8));
        digest.update("bc".getBytes(StandardCharsets.UTF_8));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex(digest));
    }
}
