package org.parcelwatch.api.application.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.monitoring.idle.DetermineIdleLand;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IssueHearingNotice;
import org.parcelwatch.monitoring.idle.RecordHearing;
import org.parcelwatch.monitoring.notice.NoticeNumbering;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.VerifyIdleLand;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.GrantExtension;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.RecordBreachFinding;
import org.parcelwatch.monitoring.milestone.RecordCompletion;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.milestone.RecordStart;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.RecordPatrol;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.PlotRatio;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * Large synthetic supplies for benchmarks and load tests: N parcels of the three sample counties with the same
 * distributions as the hand-written seeds (land uses and prices, installments, and the supervision paths: on time,
 * late payment, late start for the land user's cause, extensions for government causes, completion breach, idle
 * land, allocation…). Plain Java (no Spring): the core commands with the business day each is entered on.
 *
 * <p>Deterministic: parcel {@code i} depends only on the seed and {@code i}, so the same seed gives the same
 * parcels whatever N, in any order or in parallel ({@code parcels(n).parallel()}). Supervision numbers are
 * unique: parcel {@code i} belongs to county {@code i % 3}, and within it to a signing year and serial derived from
 * {@code i / 3} (99,999 serials per county and year; the signing window grows back by whole years when N needs it).
 *
 * <pre>{@code
 * SyntheticSupply supply = new SyntheticSupply(42);
 * supply.parcels(1_000_000).forEach(p -> gateway.send(p.registration()));        // registrations only
 * supply.writeSeedFile(500, out);   // or a seed file for POST /api/v1/admin/imports or the demo
 * }</pre>
 */
public final class SyntheticSupply {

    /** The supervision path a parcel walks; the weights are those of the sample counties. */
    public enum Path {
        ON_TIME(30), LATE_PAYMENT(14), TERMINATION_RIGHT(3), LATE_HANDOVER_GOVERNMENT(5), EXTENSION_GOVERNMENT(6),
        LATE_START_BREACH(10), COMPLETION_BREACH(6), IDLE_FEE(5), IDLE_RECOVERY(4), PARTIAL_DEVELOPMENT(5),
        IDLE_GOVERNMENT_EXTENSION(3), ALLOCATION(9);

        private final int weight;

        Path(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }

        static final int TOTAL = java.util.Arrays.stream(values()).mapToInt(Path::weight).sum();
    }

    /** A command and the business day it is entered on. */
    public record DatedCommand(LocalDate day, Object command) {
    }

    /** One synthetic supply: its registration, entered on {@code registeredOn}, and what happens after. */
    public record SyntheticParcel(int index, Path path, RegisterParcel registration, LocalDate registeredOn,
                                  List<DatedCommand> actions) {

        public String parcelId() {
            return registration.parcelId();
        }
    }

    private record County(String code, String name, String nameZh, String province, String letters, List<String> townships) {
    }

    private static final List<County> COUNTIES = List.of(
            new County("130530", "Xinhe County", "新河县", "Hebei 河北省", "XH", List.of("Xinhe town", "Xunzhai town",
                    "Baishenshou township", "Jingjiazhuang township", "Xiliu township", "Zhendi township")),
            new County("130133", "Zhao County", "赵县", "Hebei 河北省", "ZX", List.of("Zhaozhou town", "Fanzhuang town",
                    "Beiwangli town", "Xinzhaidian town", "Hancun town", "Nanbaishe town", "Shahedian town",
                    "Xiezhuang township")),
            new County("430725", "Taoyuan County", "桃源县", "Hunan 湖南省", "TY", List.of("Zhangjiang subdistrict",
                    "Zoushi town", "Guanyinsi town", "Reshi town", "Yangxiqiao town", "Qihe town", "Jiaqiao town",
                    "Pantang town", "Taohuayuan town")));

    private static final int SERIALS = 99_999;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<String> PROJECTS = List.of("auto-parts plant", "eyewear workshop", "logistics warehouse",
            "food processing plant", "building-materials plant", "machinery workshop", "cold storage",
            "textile plant", "furniture plant", "new-materials plant");

    private final long seed;
    private final LocalDate from;
    private final LocalDate to;

    /** Supplies signed over 2023-01-01 to 2024-12-31. */
    public SyntheticSupply(long seed) {
        this(seed, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
    }

    /** Supplies signed between {@code from} and {@code to} (inclusive). */
    public SyntheticSupply(long seed, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the signing window ends before it starts");
        }
        this.seed = seed;
        this.from = from;
        this.to = to;
    }

    /** Parcels 0 to n-1, in order (a sequential stream; {@code .parallel()} is safe). */
    public Stream<SyntheticParcel> parcels(int n) {
        int years = yearsFor(n);
        return IntStream.range(0, n).mapToObj(i -> build(i, years));
    }

    /** Parcel {@code i} of a set of {@code n} (the same as element {@code i} of {@code parcels(n)}). */
    public SyntheticParcel parcel(int i, int n) {
        return build(i, yearsFor(n));
    }

    /** Only the registrations, for loads that need nothing else. */
    public Stream<RegisterParcel> registrations(int n) {
        return parcels(n).map(SyntheticParcel::registration);
    }

    /** The parcels as one seed file ({@code seeds/README.md} format) of county "Synthetic". */
    public ObjectNode seedFile(int n) {
        ObjectMapper json = ParcelwatchJson.objectMapper()
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        ObjectNode file = json.createObjectNode();
        file.putObject("county").put("name", "Synthetic").put("nameZh", "合成").put("districtCode", "000000")
            .put("province", "seed " + seed);
        file.putObject("period").put("from", from.toString()).put("to", lastDay().toString());
        ArrayNode records = file.putArray("records");
        parcels(n).forEach(p -> {
            ObjectNode record = records.addObject();
            record.put("comment", "synthetic parcel " + p.index() + ", seed " + seed);
            record.putArray("paths").add(p.path().name());
            record.put("registeredOn", p.registeredOn().toString());
            ObjectNode body = json.valueToTree(p.registration());
            record.setAll(body);
            ArrayNode actions = record.putArray("actions");
            for (DatedCommand dated : p.actions()) {
                ObjectNode action = actions.addObject();
                action.put("action", actionName(dated.command()));
                action.put("on", dated.day().toString());
                ObjectNode fields = json.valueToTree(dated.command());
                fields.remove("parcelId");
                action.setAll(fields);
            }
        });
        return file;
    }

    public void writeSeedFile(int n, OutputStream out) throws IOException {
        ParcelwatchJson.objectMapper()
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .writerWithDefaultPrettyPrinter().writeValue(out, seedFile(n));
    }

    /**
     * The last business day the parcels' stories need: every action lies before it (a story runs at most about
     * three and a half years from the signing: handover, start, completion and the idle-land clocks).
     */
    public LocalDate lastDay() {
        return LocalDate.of(to.getYear() + 4, 12, 31);
    }

    // ---- one parcel ---------------------------------------------------------------------------------------------

    private SyntheticParcel build(int i, int years) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        County county = COUNTIES.get(i % COUNTIES.size());
        int k = i / COUNTIES.size();
        int yearIndex = k % years;
        int serial = k / years + 1;
        if (serial > SERIALS) {
            throw new IllegalArgumentException("too many parcels for the signing window");
        }
        int year = to.getYear() - yearIndex;
        LocalDate yearStart = LocalDate.of(year, 1, 1).isBefore(from) && year == from.getYear() ? from : LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31).isAfter(to) ? to : LocalDate.of(year, 12, 31);
        LocalDate signed = yearStart.plusDays(random.nextLong(ChronoUnit.DAYS.between(yearStart, yearEnd) + 1));
        String parcelId = "%s%dB%05d".formatted(county.code(), year, serial);
        Path path = path(random);

        String township = county.townships().get(random.nextInt(county.townships().size()));
        boolean allocation = path == Path.ALLOCATION;
        String landUse = allocation ? "PUBLIC_SERVICE" : landUse(random);
        BigDecimal area = BigDecimal.valueOf(2_000 + random.nextInt(48_001)).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal price = allocation ? BigDecimal.ZERO.setScale(2)
                : area.multiply(BigDecimal.valueOf(unitPrice(landUse, random))).setScale(2, RoundingMode.HALF_UP);
        LocalDate registeredOn = signed.plusDays(random.nextInt(4));
        List<InstallmentTerm> installments = allocation ? List.of() : installments(signed, price, random);
        LocalDate handover = signed.plusDays(30 + random.nextInt(61));
        LocalDate start = handover.plusDays(60 + random.nextInt(121));
        LocalDate completion = start.plusDays(400 + random.nextInt(400));
        BigDecimal ratio = BigDecimal.valueOf(10 + random.nextInt(11), 1);
        BigDecimal planned = area.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
        BigDecimal investment = area.multiply(BigDecimal.valueOf(1_500 + random.nextInt(2_501))).setScale(2, RoundingMode.HALF_UP);
        String name = county.letters() + " synthetic " + PROJECTS.get(random.nextInt(PROJECTS.size())) + " " + serial;
        RegisterParcel registration = new RegisterParcel(parcelId, county.letters() + "-SY-" + year + "-" + serial,
                county.code() + "%06d".formatted(serial), allocation ? SupplyMethod.ALLOCATION : method(random), name,
                new LandUser(name + " Co., Ltd.", creditCode(county.code(), random, allocation)),
                "synthetic location " + serial, township, county.code(), area, landUse, allocation ? null : termYears(landUse),
                price, signed, installments, handover, start, completion,
                new PlotRatio(BigDecimal.ONE.setScale(1), ratio.max(BigDecimal.ONE).add(BigDecimal.ONE)), planned, investment, null);
        return new SyntheticParcel(i, path, registration, registeredOn,
                new Story(parcelId, registration, registeredOn, random).tell(path));
    }

    /** The actions of one path, each on a day the rules allow (after the sweep has done its part that day). */
    private static final class Story {

        private final String id;
        private final RegisterParcel contract;
        private final LocalDate registeredOn;
        private final SplittableRandom random;
        private final List<DatedCommand> actions = new ArrayList<>();
        private int receipts;
        private int hearings;

        Story(String id, RegisterParcel contract, LocalDate registeredOn, SplittableRandom random) {
            this.id = id;
            this.contract = contract;
            this.registeredOn = registeredOn;
            this.random = random;
        }

        List<DatedCommand> tell(Path path) {
            LocalDate handover = contract.agreedHandoverDate();
            LocalDate start = contract.agreedStartDate();
            LocalDate completion = contract.agreedCompletionDate();
            switch (path) {
                case ON_TIME, ALLOCATION -> {
                    payOnTime(0);
                    hand(handover.minusDays(random.nextInt(5)));
                    LocalDate started = start.minusDays(1 + random.nextInt(20));
                    begin(started);
                    patrol(started.plusDays(60), ConstructionStatus.UNDER_CONSTRUCTION, null);
                    finish(completion.minusDays(1 + random.nextInt(20)));
                }
                case LATE_PAYMENT -> {
                    payOnTime(1 + random.nextInt(45));
                    hand(handover);
                    begin(start.minusDays(random.nextInt(10)));
                    patrol(start.plusDays(90), ConstructionStatus.UNDER_CONSTRUCTION, null);
                }
                case TERMINATION_RIGHT -> {
                    // the first installment paid, the rest never: urge notice, then the right to terminate
                    List<InstallmentTerm> terms = contract.installments();
                    if (terms.size() > 1) {
                        pay(terms.get(0).amount(), terms.get(0).dueDate().minusDays(random.nextInt(5)));
                    }
                }
                case LATE_HANDOVER_GOVERNMENT -> {
                    payOnTime(0);
                    // the start is found missed only once the land is handed over (the night after): then the cause
                    LocalDate handedOver = start.plusDays(10 + random.nextInt(40));
                    hand(handedOver);
                    finding(handedOver.plusDays(2), Milestone.START, BreachCause.GOVERNMENT,
                            GovernmentCause.LAND_NOT_HANDED_OVER_ON_TIME);
                    LocalDate newStart = start.plusDays(120 + random.nextInt(120));
                    extend(Milestone.START, newStart, handedOver.plusDays(5), handedOver.plusDays(2));
                    begin(newStart.minusDays(random.nextInt(10)));
                }
                case EXTENSION_GOVERNMENT -> {
                    payOnTime(0);
                    hand(handover);
                    LocalDate appliedOn = start.minusDays(40 + random.nextInt(20));
                    if (appliedOn.isBefore(handover)) {
                        appliedOn = handover;
                    }
                    LocalDate approvedOn = appliedOn.plusDays(5);
                    LocalDate newStart = start.plusDays(90 + random.nextInt(200));
                    extend(Milestone.START, newStart, approvedOn, appliedOn);
                    begin(newStart.minusDays(random.nextInt(10)));
                }
                case LATE_START_BREACH -> {
                    payOnTime(0);
                    hand(handover);
                    finding(start.plusDays(5 + random.nextInt(10)), Milestone.START, BreachCause.LAND_USER, null);
                    LocalDate started = start.plusDays(30 + random.nextInt(150));
                    begin(started);
                    patrol(started.plusDays(60), ConstructionStatus.UNDER_CONSTRUCTION, null);
                }
                case COMPLETION_BREACH -> {
                    payOnTime(0);
                    hand(handover);
                    begin(start.minusDays(random.nextInt(10)));
                    finding(completion.plusDays(5 + random.nextInt(10)), Milestone.COMPLETION, BreachCause.LAND_USER, null);
                    finish(completion.plusDays(60 + random.nextInt(120)));
                }
                case IDLE_FEE, IDLE_RECOVERY -> {
                    payOnTime(0);
                    hand(handover);
                    finding(start.plusDays(5 + random.nextInt(10)), Milestone.START, BreachCause.LAND_USER, null);
                    LocalDate suspected = start.plusYears(1).plusDays(1);
                    LocalDate verified = suspected.plusDays(5 + random.nextInt(10));
                    verify(verified);
                    LocalDate determined = verified.plusDays(20 + random.nextInt(10));
                    determine(determined, BreachCause.LAND_USER, null);
                    LocalDate fee = determined.plusDays(20 + random.nextInt(10));
                    dispose(fee, IdleDisposalMethod.IDLE_FEE, null);
                    if (path == Path.IDLE_RECOVERY) {
                        dispose(start.plusYears(2).plusDays(10 + random.nextInt(30)),
                                IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, null);
                    }
                }
                case PARTIAL_DEVELOPMENT -> {
                    payOnTime(0);
                    hand(handover);
                    LocalDate started = start.minusDays(random.nextInt(10));
                    begin(started);
                    LocalDate stopped = started.plusDays(40 + random.nextInt(40));
                    BigDecimal built = contract.plannedFloorAreaSqm().divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
                    add(stopped.plusDays(20), new RecordPatrol(id, stopped.plusDays(20), "synthetic inspector",
                            ConstructionStatus.SUSPENDED, stopped, built,
                            contract.totalInvestment().divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP), true, false, false,
                            null, List.of(), "work stopped"));
                    LocalDate verified = stopped.plusYears(1).plusDays(5 + random.nextInt(10));
                    verify(verified);
                    LocalDate determined = verified.plusDays(20 + random.nextInt(10));
                    determine(determined, BreachCause.LAND_USER, stopped);
                    dispose(determined.plusDays(20 + random.nextInt(10)), IdleDisposalMethod.IDLE_FEE, null);
                }
                case IDLE_GOVERNMENT_EXTENSION -> {
                    payOnTime(0);
                    hand(handover);
                    finding(start.plusDays(5 + random.nextInt(10)), Milestone.START, BreachCause.GOVERNMENT,
                            GovernmentCause.PLAN_REVISED);
                    LocalDate verified = start.plusYears(1).plusDays(5 + random.nextInt(10));
                    verify(verified);
                    LocalDate determined = verified.plusDays(20 + random.nextInt(10));
                    determine(determined, BreachCause.GOVERNMENT, null);
                    LocalDate decided = determined.plusDays(20 + random.nextInt(10));
                    LocalDate newStart = decided.plusDays(90 + random.nextInt(120));
                    dispose(decided, IdleDisposalMethod.EXTENSION, newStart);
                    begin(newStart.minusDays(random.nextInt(10)));
                }
                default -> throw new IllegalStateException(path.name());
            }
            actions.sort(java.util.Comparator.comparing(DatedCommand::day));
            return List.copyOf(actions);
        }

        /** Every installment paid on its due date or a little before, except one paid {@code lateDays} late. */
        private void payOnTime(int lateDays) {
            List<InstallmentTerm> terms = contract.installments();
            int late = terms.isEmpty() || lateDays == 0 ? -1 : random.nextInt(terms.size());
            for (int n = 0; n < terms.size(); n++) {
                InstallmentTerm term = terms.get(n);
                LocalDate paidOn = n == late ? term.dueDate().plusDays(lateDays) : term.dueDate().minusDays(random.nextInt(5));
                pay(term.amount(), paidOn.isBefore(contract.signedOn()) ? contract.signedOn() : paidOn);
            }
        }

        private void pay(BigDecimal amount, LocalDate paidOn) {
            add(paidOn, new RecordPayment(id, amount, paidOn, id + "-PJ-" + ++receipts));
        }

        private void hand(LocalDate on) {
            add(on, new RecordHandover(id, on, id + "-JD"));
        }

        private void begin(LocalDate on) {
            add(on, new RecordStart(id, on, "synthetic start"));
        }

        private void finish(LocalDate on) {
            add(on, new RecordCompletion(id, on, id + "-YS"));
        }

        private void patrol(LocalDate on, ConstructionStatus status, LocalDate since) {
            add(on, new RecordPatrol(id, on, "synthetic inspector", status, since, null, null, true, false, false,
                    null, List.of(), null));
        }

        private void finding(LocalDate on, Milestone milestone, BreachCause cause, GovernmentCause governmentCause) {
            add(on, new RecordBreachFinding(id, milestone, cause, governmentCause, "synthetic finding", on));
        }

        private void extend(Milestone milestone, LocalDate newDate, LocalDate approvedOn, LocalDate appliedOn) {
            add(approvedOn, new GrantExtension(id, milestone, newDate, id + "-YQ", approvedOn, appliedOn,
                    "synthetic extension", null));
        }

        private void verify(LocalDate on) {
            add(on, new VerifyIdleLand(id, on, true, "synthetic verification"));
        }

        private void determine(LocalDate on, BreachCause cause, LocalDate idleSince) {
            add(on, new DetermineIdleLand(id, id + "-XZRD", on, cause,
                    cause == BreachCause.GOVERNMENT ? GovernmentCause.PLAN_REVISED : null, idleSince));
        }

        private void dispose(LocalDate on, IdleDisposalMethod method, LocalDate newStart) {
            if (method.offersHearing()) {
                // due process: the hearing-rights notice, its delivery and the land user's written waiver before it
                hearings++;
                LocalDate offered = on.minusDays(10);
                add(offered, new IssueHearingNotice(id, offered, method));
                add(offered.plusDays(1), new RecordNoticeDelivery(id, NoticeNumbering.number(id, NoticeType.HEARING_RIGHTS,
                        hearings), offered.plusDays(1), "synthetic land user"));
                add(offered.plusDays(2), new RecordHearing(id, offered.plusDays(2), true, null, null, null));
            }
            DisposeIdleLand decision = new DisposeIdleLand(id, method, id + "-" + method.name(), on, newStart, null, null,
                    null, null, method.fits(BreachCause.LAND_USER) ? on.minusDays(10) : null, null);
            add(on, method.needsApproval() ? decision.approvedBy(id + "-PZ", on.minusDays(2)) : decision);
        }

        private void add(LocalDate day, Object command) {
            actions.add(new DatedCommand(day.isBefore(registeredOn) ? registeredOn : day, command));
        }
    }

    // ---- distributions ------------------------------------------------------------------------------------------

    private static Path path(SplittableRandom random) {
        int pick = random.nextInt(Path.TOTAL);
        for (Path path : Path.values()) {
            pick -= path.weight();
            if (pick < 0) {
                return path;
            }
        }
        return Path.ON_TIME;
    }

    private static String landUse(SplittableRandom random) {
        int pick = random.nextInt(100);
        return pick < 60 ? "INDUSTRIAL" : pick < 74 ? "WAREHOUSE" : pick < 87 ? "COMMERCIAL" : "RESIDENTIAL";
    }

    private static int unitPrice(String landUse, SplittableRandom random) {
        return switch (landUse) {
            case "COMMERCIAL" -> 1_800 + random.nextInt(1_401);
            case "RESIDENTIAL" -> 1_800 + random.nextInt(1_101);
            case "WAREHOUSE" -> 220 + random.nextInt(61);
            default -> 200 + random.nextInt(121);
        };
    }

    private static Integer termYears(String landUse) {
        return Map.of("RESIDENTIAL", 70, "COMMERCIAL", 40).getOrDefault(landUse, 50);
    }

    private static SupplyMethod method(SplittableRandom random) {
        int pick = random.nextInt(100);
        return pick < 70 ? SupplyMethod.LISTING : pick < 85 ? SupplyMethod.AUCTION : pick < 95 ? SupplyMethod.TENDER
                : SupplyMethod.AGREEMENT;
    }

    /** One, two (half and half) or three (half, a quarter, a quarter) installments, the last within a year. */
    private static List<InstallmentTerm> installments(LocalDate signed, BigDecimal price, SplittableRandom random) {
        int pick = random.nextInt(100);
        LocalDate first = signed.plusDays(30);
        if (pick < 40) {
            return List.of(new InstallmentTerm(first, price));
        }
        if (pick < 85) {
            BigDecimal half = price.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
            return List.of(new InstallmentTerm(first, half),
                    new InstallmentTerm(signed.plusDays(120 + random.nextInt(200)), price.subtract(half)));
        }
        BigDecimal half = price.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        BigDecimal quarter = price.subtract(half).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        return List.of(new InstallmentTerm(first, half), new InstallmentTerm(signed.plusDays(150), quarter),
                new InstallmentTerm(signed.plusDays(330), price.subtract(half).subtract(quarter)));
    }

    private static String creditCode(String county, SplittableRandom random, boolean publicInstitution) {
        StringBuilder body = new StringBuilder(publicInstitution ? "12" : "91").append(county).append(publicInstitution ? "" : "MA");
        while (body.length() < 17) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return body.toString() + CreditCode.checkCharacter(body.toString());
    }

    private int yearsFor(int n) {
        int window = to.getYear() - from.getYear() + 1;
        int needed = (int) Math.ceil((double) n / COUNTIES.size() / SERIALS);
        return Math.max(window, needed);
    }

    private static String actionName(Object command) {
        return org.parcelwatch.api.application.imports.ActionKind.byCommandType(command.getClass())
                .orElseThrow(() -> new IllegalArgumentException("no action for " + command.getClass()))
                .jsonName();
    }
}
