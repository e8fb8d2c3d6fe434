package org.parcelwatch.api.application.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.parcelwatch.api.application.forms.RegisterParcelRequest;

/**
 * One county's seed file (see {@code seeds/README.md}): the county, the period its records cover, and the
 * records, each a registration body of DESIGN §4 plus an ordered list of dated actions whose bodies are the
 * REST bodies of DESIGN §4. Parsing is plain Java: a record or action that cannot be read is kept as a
 * refusal ({@link #malformed()}) and the rest of the file still loads.
 *
 * <pre>{@code
 * { "county": { "name": "Xinhe County", "nameZh": "新河县", "districtCode": "130530" },
 *   "period": { "from": "2023-01-01", "to": "2025-12-31" },
 *   "records": [
 *     { "comment": "…", "paths": ["ON_TIME_PAYMENT"], "registeredOn": "2023-02-22",
 *       "parcelId": "1305302023B00002", "contractNo": "…", … the registration body …,
 *       "actions": [ { "action": "payment", "amount": 8040000.00, "paidOn": "2023-03-17", "receiptNo": "…" },
 *                    { "action": "breach-finding", "on": "2023-10-10", "milestone": "START", "cause": "LAND_USER" } ] } ] }
 * }</pre>
 *
 * @param name        where the file came from (a file name), for the report
 * @param contentHash the SHA-256 of the file's bytes (hex): what identifies its import, so that importing the same
 *                    file again resumes it ({@link ImportService})
 * @param malformed   records and actions that could not be read; they are reported as refused
 */
public record SeedFile(String name, String contentHash, County county, Period period, List<SeedRecord> records,
                       List<ImportRefusal> malformed, Locator locator, List<Photo> evidence) {

    /**
     * Says where in the file a refusal's record or action stands, for files whose records are not self-evident: a
     * workbook names sheet, row and column ({@link LedgerWorkbook}). A JSON file's refusals are left as they are.
     */
    @FunctionalInterface
    public interface Locator {
        Locator NONE = refusal -> refusal;

        ImportRefusal locate(ImportRefusal refusal);
    }

    /** A file whose refusals need no locating (JSON: file, record and action index say where), without photos. */
    public SeedFile(String name, String contentHash, County county, Period period, List<SeedRecord> records,
                    List<ImportRefusal> malformed) {
        this(name, contentHash, county, period, records, malformed, Locator.NONE, List.of());
    }

    /** A file without photos. */
    public SeedFile(String name, String contentHash, County county, Period period, List<SeedRecord> records,
                    List<ImportRefusal> malformed, Locator locator) {
        this(name, contentHash, county, period, records, malformed, locator, List.of());
    }

    /**
     * A photo of the file's {@code evidence} list: the bytes of a patrol photo (a small JPEG with its EXIF time and
     * GPS), which the import stores through the evidence service as an upload to {@code POST /api/v1/evidence} is
     * stored, before any record, so that the patrols can name it by its SHA-256 as a REST body does.
     *
     * @param index   its place in the list (from 0), which a refusal of it names
     * @param name    a name for the reader (the file under {@code seeds/photos/} that shows it)
     * @param sha256  the hash the patrols name it by; the import refuses a photo whose bytes have another
     * @param bytes   the photo (the entry's {@code base64}); null when it could not be read ({@code problem} says why)
     */
    public record Photo(int index, String name, String sha256, byte[] bytes, String comment, String problem) {
    }

    /** Keys of an evidence entry. */
    private static final Set<String> PHOTO_KEYS = Set.of("name", "sha256", "base64", "comment");

    /**
     * The county the file describes; {@code districtCode} is its 6-digit administrative code, {@code bureau} the bureau
     * that issues and seals its notices (e.g. 新河县自然资源和规划局; none: {@code parcelwatch.bureau.name}).
     */
    public record County(String name, String nameZh, String districtCode, String province, String bureau) {
    }

    /** The business dates the file's story covers; the demo simulates them day by day. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** Keys of a record that are the seed file's own, not the registration body's. */
    static final Set<String> RECORD_META_KEYS = Set.of("comment", "paths", "registeredOn", "actions", "expectRefused");

    public SeedFile {
        records = List.copyOf(records);
        malformed = List.copyOf(malformed);
        locator = locator == null ? Locator.NONE : locator;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The refusal with its place in the file, where the file can name one. */
    public ImportRefusal locate(ImportRefusal refusal) {
        return refusal.where() != null ? refusal : locator.locate(refusal);
    }

    /** The JSON reader of seed files: strict about unknown fields, so a misspelt field is reported, not dropped. */
    public static ObjectMapper objectMapper() {
        return SeedJson.STRICT;
    }

    /**
     * Reads a seed file.
     *
     * @throws InvalidSeedFileException when the file is not a seed file at all (not JSON, no records list)
     */
    public static SeedFile parse(String name, byte[] json) {
        JsonNode root;
        try {
            root = SeedJson.STRICT.readTree(json);
        } catch (IOException e) {
            throw new InvalidSeedFileException(name + " is not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        return parse(name, root, sha256(json));
    }

    /** A file given as a JSON tree: its content is the tree written out. */
    public static SeedFile parse(String name, JsonNode root) {
        try {
            return parse(name, root, sha256(SeedJson.STRICT.writeValueAsBytes(root)));
        } catch (JsonProcessingException e) {
            throw new InvalidSeedFileException(name + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A file read from another form (a workbook) into a seed file's JSON tree; identified by the original's bytes. */
    static SeedFile parse(String name, JsonNode root, String contentHash) {
        if (root == null || !root.isObject() || !root.path("records").isArray()) {
            throw new InvalidSeedFileException(name + " is not a seed file: it needs an object with a \"records\" list");
        }
        County county;
        Period period;
        try {
            county = root.hasNonNull("county") ? SeedJson.STRICT.treeToValue(root.get("county"), County.class) : null;
            period = root.hasNonNull("period") ? SeedJson.STRICT.treeToValue(root.get("period"), Period.class) : null;
        } catch (JsonProcessingException e) {
            throw new InvalidSeedFileException(name + ": unreadable county or period: " + e.getOriginalMessage(), e);
        }
        Iterator<String> fields = root.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!Set.of("county", "period", "records", "comment", "evidence").contains(field)) {
                throw new InvalidSeedFileException(name + ": unknown top-level field \"" + field + "\"");
            }
        }
        List<SeedRecord> records = new ArrayList<>();
        List<ImportRefusal> malformed = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.get("records")) {
            readRecord(name, index++, node, records, malformed);
        }
        List<Photo> evidence = new ArrayList<>();
        int photo = 0;
        for (JsonNode node : root.path("evidence")) {
            evidence.add(readPhoto(photo++, node));
        }
        return new SeedFile(name, contentHash, county, period, records, malformed, Locator.NONE, evidence);
    }

    private static Photo readPhoto(int index, JsonNode node) {
        String name = node.path("name").asText(null);
        String sha256 = node.path("sha256").asText(null);
        String comment = node.path("comment").asText(null);
        if (!node.isObject()) {
            return new Photo(index, null, null, null, null, "a photo of the evidence list is a JSON object");
        }
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!PHOTO_KEYS.contains(key)) {
                return new Photo(index, name, sha256, null, comment, "unknown field \"" + key + "\" of a photo");
            }
        }
        if (sha256 == null || !node.path("base64").isTextual()) {
            return new Photo(index, name, sha256, null, comment, "a photo needs \"sha256\" and \"base64\"");
        }
        try {
            return new Photo(index, name, sha256, Base64.getMimeDecoder().decode(node.get("base64").asText()), comment, null);
        } catch (IllegalArgumentException e) {
            return new Photo(index, name, sha256, null, comment, "\"base64\" is not Base64: " + e.getMessage());
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Every record's parcel id, including those that will be refused. */
    public List<String> parcelIds() {
        return records.stream().map(SeedRecord::parcelId).toList();
    }

    private static void readRecord(String file, int index, JsonNode node, List<SeedRecord> records,
                                   List<ImportRefusal> malformed) {
        String parcelId = node.path("parcelId").isTextual() ? node.get("parcelId").asText() : null;
        if (!node.isObject()) {
            malformed.add(ImportRefusal.ofRecord(file, parcelId, index, null, "MALFORMED_RECORD", "a record must be a JSON object"));
            return;
        }
        String expectRefused = node.path("expectRefused").isTextual() ? node.get("expectRefused").asText() : null;
        RegisterParcelRequest registration;
        LocalDate registeredOn;
        List<String> paths = new ArrayList<>();
        try {
            ObjectNode body = ((ObjectNode) node).deepCopy();
            body.remove(RECORD_META_KEYS);
            registration = SeedJson.STRICT.treeToValue(body, RegisterParcelRequest.class);
            registeredOn = node.hasNonNull("registeredOn") ? LocalDate.parse(node.get("registeredOn").asText()) : null;
            for (JsonNode path : node.path("paths")) {
                paths.add(path.asText());
            }
        } catch (JsonProcessingException e) {
            malformed.add(ImportRefusal.ofRecord(file, parcelId, index, null, "MALFORMED_RECORD",
                    "unreadable registration: " + e.getOriginalMessage()));
            return;
        } catch (DateTimeParseException e) {
            malformed.add(ImportRefusal.ofRecord(file, parcelId, index, null, "MALFORMED_RECORD",
                    "registeredOn is not a date (YYYY-MM-DD)"));
            return;
        }
        LocalDate day = registeredOn != null ? registeredOn : registration.signedOn();
        if (day == null) {
            malformed.add(ImportRefusal.ofRecord(file, parcelId, index, null, "MALFORMED_RECORD",
                    "the record needs signedOn (or registeredOn) to place it in time"));
            return;
        }
        List<SeedAction> actions = new ArrayList<>();
        int actionIndex = 0;
        for (JsonNode action : node.path("actions")) {
            SeedAction.Parsed parsed = SeedAction.read(file, index, parcelId, actionIndex++, action);
            if (parsed.action() != null) {
                actions.add(parsed.action());
            } else {
                malformed.add(parsed.problem());
            }
        }
        records.add(new SeedRecord(file, index, parcelId, registration, day, actions, expectRefused, paths,
                node.path("comment").asText(null)));
    }
}
