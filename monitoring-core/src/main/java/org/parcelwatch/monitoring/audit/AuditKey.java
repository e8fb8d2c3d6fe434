package org.parcelwatch.monitoring.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret that seals the audit chain with HMAC-SHA256. It lives outside the database (a file or an environment
 * variable), so someone who can write the database can still not make a seal that verifies.
 *
 * <p>Its id is derived from the secret (a truncated SHA-256 under a label of its own): a seal names the key that
 * made it, which is how a rotated key keeps verifying the seals it made, and two nodes given different secrets
 * show it in the ids they write. The id reveals nothing usable about the secret.
 */
public final class AuditKey {

    /** 256 bits, the size of HMAC-SHA256's block output; shorter secrets are refused. */
    public static final int MIN_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final String id;
    private final Mac prototype;

    private AuditKey(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("an audit key needs at least " + MIN_BYTES + " bytes, this one has " + secret.length);
        }
        this.id = "k" + HexFormat.of().formatHex(sha256(concat("parcelwatch audit key id\n".getBytes(StandardCharsets.UTF_8),
                secret)), 0, 6);
        try {
            this.prototype = Mac.getInstance(ALGORITHM);
            this.prototype.init(new SecretKeySpec(secret, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    public static AuditKey of(byte[] secret) {
        return new AuditKey(secret.clone());
    }

    /** A key written as Base64 (what {@code openssl rand -base64 32} prints); blanks and line breaks are ignored. */
    public static AuditKey fromBase64(String text) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(text.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an audit key is Base64 text (e.g. the output of `openssl rand -base64 32`)", e);
        }
        try {
            return new AuditKey(secret);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    public String id() {
        return id;
    }

    /** HMAC-SHA256 of {@code material} (UTF-8). */
    public byte[] mac(String material) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(ALGORITHM + " of this runtime cannot be cloned", e);
        }
        return mac.doFinal(material.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #mac} in lower-case hex. */
    public String macHex(String material) {
        return HexFormat.of().formatHex(mac(material));
    }

    /** Compares in constant time, so a verifier's answer time tells nothing about how much of a seal was right. */
    public boolean verifies(String material, String sealHex) {
        if (sealHex == null) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(sealHex);
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(material), claimed);
    }

    @Override
    public String toString() {
        return "AuditKey[" + id + "]";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
