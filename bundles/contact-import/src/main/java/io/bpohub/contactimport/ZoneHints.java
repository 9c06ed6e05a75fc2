package io.bpohub.contactimport;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A time zone from a city or an address, to narrow a number's zones (a US number can span zones) or to
 * stand beside them when they disagree. Knows every city that names an IANA zone ("New York",
 * "London", "Shanghai"), mainland China's provinces and large cities in Chinese and pinyin, Hong Kong,
 * Macau and Taiwan, and IANA zone ids written as such. Anything else is unknown (null), never a guess.
 */
final class ZoneHints {
    private static final Map<String, String> NAMES = new HashMap<>();
    private static final String[] CHINESE;
    private static final int LONGEST_WORDS = 3;

    static {
        // IANA: the last part of Area/City (or Area/Region/City); sorted so that the choice among aliases is stable
        // only continent areas: legacy ids such as US/Eastern or Australia/West would turn words of addresses into zones
        java.util.Set<String> areas = java.util.Set.of("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific");
        java.util.Set<String> words = java.util.Set.of("north", "south", "east", "west", "center", "central", "act", "nsw", "lhi");
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            int slash = id.indexOf('/');
            if (slash < 0 || !areas.contains(id.substring(0, slash))) continue;
            String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
            if (!words.contains(city)) NAMES.putIfAbsent(city, id);
        }
        String mainland = "Asia/Shanghai";
        String[] cn = {"北京", "上海", "天津", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
            "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏",
            "宁夏", "新疆", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京", "苏州", "郑州", "长沙", "沈阳", "青岛", "济南",
            "大连", "厦门", "福州", "合肥", "昆明", "哈尔滨", "长春", "石家庄", "太原", "南昌", "南宁", "贵阳", "兰州", "海口",
            "呼和浩特", "乌鲁木齐", "拉萨", "银川", "西宁", "宁波", "无锡", "东莞", "佛山"};
        for (String name : cn) NAMES.put(name, mainland);
        for (String name : new String[] {"beijing", "tianjin", "chongqing", "guangzhou", "shenzhen", "hangzhou", "chengdu", "wuhan",
            "xi'an", "xian", "nanjing", "suzhou", "zhengzhou", "changsha", "shenyang", "qingdao", "jinan", "dalian", "xiamen",
            "fuzhou", "hefei", "kunming", "harbin", "guangdong", "zhejiang", "jiangsu", "sichuan", "shandong"}) {
            NAMES.put(name, mainland);
        }
        NAMES.put("香港", "Asia/Hong_Kong");
        NAMES.put("澳门", "Asia/Macau");
        NAMES.put("澳門", "Asia/Macau");
        NAMES.put("台湾", "Asia/Taipei");
        NAMES.put("臺灣", "Asia/Taipei");
        NAMES.put("台北", "Asia/Taipei");
        NAMES.put("macao", "Asia/Macau");
        NAMES.put("taiwan", "Asia/Taipei");
        CHINESE = NAMES.keySet().stream().filter(k -> k.chars().anyMatch(c -> c > 0x2e80)).sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);
    }

    private ZoneHints() {
    }

    /** Lists repeat a few hundred city names a million times: answers are kept, up to a bound. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CITIES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String UNKNOWN = "";
    private static final int CITIES_KEPT = 10_000;

    /** The zone of a city cell ("北京", "北京市", "New York", "Asia/Shanghai"), or null. */
    static String city(String city) {
        if (city == null) return null;
        String known = CITIES.get(city);
        if (known != null) return known == UNKNOWN ? null : known;
        String zone = lookUpCity(city);
        if (CITIES.size() < CITIES_KEPT) CITIES.put(city, zone == null ? UNKNOWN : zone);
        return zone;
    }

    private static String lookUpCity(String city) {
        String key = city.strip();
        if (key.contains("/") && ZoneId.getAvailableZoneIds().contains(key)) return key;
        key = key.toLowerCase(Locale.ROOT);
        if (key.endsWith("市") || key.endsWith("省")) key = key.substring(0, key.length() - 1);
        if (key.endsWith(" city")) key = key.substring(0, key.length() - 5);
        return NAMES.get(key);
    }

    /** The zone of the first place an address names, or null. */
    static String address(String address) {
        if (address == null || address.isBlank()) return null;
        for (String name : CHINESE) {
            if (address.contains(name)) return NAMES.get(name);
        }
        // Latin script: look up runs of one to three words ("London", "New York", "Salt Lake City"), longest first
        String[] words = address.toLowerCase(Locale.ROOT).split("[^\\p{L}'.]+");
        for (int length = LONGEST_WORDS; length >= 1; length--) {
            for (int i = 0; i + length <= words.length; i++) {
                String key = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + length));
                String zone = NAMES.get(key);
                if (zone != null) return zone;
            }
        }
        return null;
    }
}
