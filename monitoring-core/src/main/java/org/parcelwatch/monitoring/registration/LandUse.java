package org.parcelwatch.monitoring.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A land use (土地用途) as a code of GB/T 21010-2017 《土地利用现状分类》: the twelve first-level classes and the
 * common second-level classes of construction land, each with its Chinese name and the category of
 * 《城镇国有土地使用权出让和转让暂行条例》Art. 12 that sets its longest grant term. Kept as data: a county that needs
 * another second-level code adds a line to {@link #ALL}.
 *
 * <p>Parcels registered before the codes (2026-11-30) stored names such as {@code INDUSTRIAL}; {@link #of} reads
 * those through {@link #LEGACY_NAMES}, so their stored events fold unchanged. The stored payloads are not
 * rewritten by an upcaster, because the audit's hash chain covers each payload as it was stored.
 */
public record LandUse(String code, String name, Category category) {

    /** The categories of Art. 12, each with its statutory maximum term in years. */
    public enum Category {
        /** 居住用地七十年 */
        RESIDENTIAL(70, "居住用地"),
        /** 工业用地五十年 */
        INDUSTRIAL(50, "工业用地"),
        /** 教育、科技、文化、卫生、体育用地五十年 */
        EDUCATION_SCIENCE_CULTURE_HEALTH_SPORT(50, "教育、科技、文化、卫生、体育用地"),
        /** 商业、旅游、娱乐用地四十年 */
        COMMERCIAL_TOURISM_RECREATION(40, "商业、旅游、娱乐用地"),
        /** 综合或者其他用地五十年 */
        COMPREHENSIVE_OR_OTHER(50, "综合或者其他用地");

        private final int maxTermYears;
        private final String statutoryName;

        Category(int maxTermYears, String statutoryName) {
            this.maxTermYears = maxTermYears;
            this.statutoryName = statutoryName;
        }

        public int maxTermYears() {
            return maxTermYears;
        }

        /** The category as Art. 12 names it. */
        public String statutoryName() {
            return statutoryName;
        }
    }

    private static final Category RES = Category.RESIDENTIAL;
    private static final Category IND = Category.INDUSTRIAL;
    private static final Category EDU = Category.EDUCATION_SCIENCE_CULTURE_HEALTH_SPORT;
    private static final Category COM = Category.COMMERCIAL_TOURISM_RECREATION;
    private static final Category OTH = Category.COMPREHENSIVE_OR_OTHER;

    /** Every code the registration accepts, in the order of the standard. */
    public static final List<LandUse> ALL = List.of(
            new LandUse("01", "耕地", OTH),
            new LandUse("02", "园地", OTH),
            new LandUse("03", "林地", OTH),
            new LandUse("04", "草地", OTH),
            new LandUse("05", "商服用地", COM),
            new LandUse("0501", "零售商业用地", COM),
            new LandUse("0502", "批发市场用地", COM),
            new LandUse("0503", "餐饮用地", COM),
            new LandUse("0504", "旅馆用地", COM),
            new LandUse("0505", "商务金融用地", COM),
            new LandUse("0506", "娱乐用地", COM),
            new LandUse("0507", "其他商服用地", COM),
            new LandUse("06", "工矿仓储用地", IND),
            new LandUse("0601", "工业用地", IND),
            new LandUse("0602", "采矿用地", IND),
            new LandUse("0603", "盐田", IND),
            new LandUse("0604", "仓储用地", IND),
            new LandUse("07", "住宅用地", RES),
            new LandUse("0701", "城镇住宅用地", RES),
            new LandUse("0702", "农村宅基地", RES),
            // 08 as a whole mixes Art. 12 categories: the first-level code takes the "comprehensive or other" term
            new LandUse("08", "公共管理与公共服务用地", OTH),
            new LandUse("0801", "机关团体用地", OTH),
            new LandUse("0802", "新闻出版用地", EDU),
            new LandUse("0803", "教育用地", EDU),
            new LandUse("0804", "科研用地", EDU),
            new LandUse("0805", "医疗卫生用地", EDU),
            new LandUse("0806", "社会福利用地", OTH),
            new LandUse("0807", "文化设施用地", EDU),
            new LandUse("0808", "体育用地", EDU),
            new LandUse("0809", "公用设施用地", OTH),
            new LandUse("0810", "公园与绿地", OTH),
            new LandUse("09", "特殊用地", OTH),
            new LandUse("10", "交通运输用地", OTH),
            new LandUse("1001", "铁路用地", OTH),
            new LandUse("1002", "轨道交通用地", OTH),
            new LandUse("1003", "公路用地", OTH),
            new LandUse("1004", "城镇村道路用地", OTH),
            new LandUse("1005", "交通服务场站用地", OTH),
            new LandUse("1006", "农村道路", OTH),
            new LandUse("1007", "机场用地", OTH),
            new LandUse("1008", "港口码头用地", OTH),
            new LandUse("1009", "管道运输用地", OTH),
            new LandUse("11", "水域及水利设施用地", OTH),
            new LandUse("12", "其他土地", OTH));

    /**
     * The names stored before the codes, found in the sample counties, the tests and the API documentation, each
     * with the code it meant.
     */
    public static final Map<String, String> LEGACY_NAMES = Map.of(
            "INDUSTRIAL", "0601",
            "WAREHOUSE", "0604",
            "COMMERCIAL", "05",
            "RESIDENTIAL", "0701",
            "PUBLIC_SERVICE", "08",
            "PUBLIC_UTILITY", "0809");

    private static final Map<String, LandUse> BY_CODE = ALL.stream()
            .collect(Collectors.toMap(LandUse::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    /** The land use of a GB/T 21010-2017 code or of a name stored before the codes; empty for anything else. */
    public static Optional<LandUse> of(String codeOrLegacyName) {
        if (codeOrLegacyName == null) {
            return Optional.empty();
        }
        String key = codeOrLegacyName.strip();
        return Optional.ofNullable(BY_CODE.get(LEGACY_NAMES.getOrDefault(key, key)));
    }

    /** The statutory maximum term of this use (Art. 12). */
    public int maxTermYears() {
        return category.maxTermYears();
    }
}
