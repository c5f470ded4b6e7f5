package org.concert.rulebase;

import org.concert.json.Json;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One file of the {@link RuleBaseCache}: a signed compiled module with the metadata its {@link RuleBase} needs.
 * <pre>
 * "concert rule base\n"   magic
 * int                     format
 * 32 bytes                HMAC-SHA256, with the cache's key, of everything below
 * UTF                     the entry's key (so a renamed entry is refused)
 * UTF                     the engine it was compiled for
 * int + bytes             metadata (JSON): the module's release id and the rules' metadata
 * int + bytes             the module: the jar of the executable model's generated classes
 * </pre>
 * Nothing is parsed before the signature checks out.
 */
record RuleBaseCacheEntry(ReleaseId releaseId, List<RuleInfo> rules, byte[] module) {

    static final int FORMAT = 1;
    static final int KEY_BYTES = 32;
    private static final byte[] MAGIC = "concert rule base\n".getBytes(StandardCharsets.US_ASCII);
    /** No entry of a real rule base comes near this; a larger length field is damage, not something to allocate. */
    private static final int MAX_PART = 256 << 20;

    /** An entry that fails its check; the message says why, for the notice. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    record Metadata(String groupId, String artifactId, String version, List<RuleInfo> rules) {
    }

    static byte[] write(byte[] key, String name, String engine, ReleaseId id, Collection<RuleInfo> rules, byte[] module) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(module.length + 16_384);
        DataOutputStream out = new DataOutputStream(body);
        out.writeUTF(name);
        out.writeUTF(engine);
        byte[] metadata = Json.mapper().writeValueAsBytes(new Metadata(id.getGroupId(), id.getArtifactId(), id.getVersion(), List.copyOf(rules)));
        out.writeInt(metadata.length);
        out.write(metadata);
        out.writeInt(module.length);
        out.write(module);
        out.flush();
        byte[] signed = body.toByteArray();
        ByteArrayOutputStream file = new ByteArrayOutputStream(signed.length + 64);
        DataOutputStream head = new DataOutputStream(file);
        head.write(MAGIC);
        head.writeInt(FORMAT);
        head.write(mac(key, signed));
        head.write(signed);
        head.flush();
        return file.toByteArray();
    }

    static RuleBaseCacheEntry read(byte[] file, byte[] key, String name, String engine) throws Invalid {
        int head = MAGIC.length + 4 + KEY_BYTES;
        if (file.length < head || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new Invalid("not a compiled rule base");
        }
        int format = ((file[MAGIC.length] & 0xff) << 24) | ((file[MAGIC.length + 1] & 0xff) << 16)
                | ((file[MAGIC.length + 2] & 0xff) << 8) | (file[MAGIC.length + 3] & 0xff);
        if (format != FORMAT) throw new Invalid("format " + format + ", not " + FORMAT);
        byte[] expected = mac(key, Arrays.copyOfRange(file, head, file.length));
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(file, MAGIC.length + 4, head))) {
            throw new Invalid("its signature does not match this cache's key: damaged, or not written by this cache");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file, head, file.length - head))) {
            String storedName = in.readUTF();
            if (!storedName.equals(name)) throw new Invalid("it was stored as " + storedName);
            String storedEngine = in.readUTF();
            if (!storedEngine.equals(engine)) throw new Invalid("compiled for " + storedEngine);
            Metadata metadata = Json.mapper().readValue(part(in), Metadata.class);
            byte[] module = part(in);
            ReleaseId id = KieServices.Factory.get().newReleaseId(metadata.groupId(), metadata.artifactId(), metadata.version());
            return new RuleBaseCacheEntry(id, List.copyOf(metadata.rules()), module);
        } catch (IOException | RuntimeException e) {
            throw new Invalid("unreadable: " + e.getMessage());
        }
    }

    private static byte[] part(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_PART) throw new IOException("a part of " + length + " bytes");
        return in.readNBytes(length);
    }

    static byte[] mac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
