package io.github.pilotplan.model;

import com.google.common.base.CharMatcher;
import com.google.common.base.Preconditions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the units of one document are named: a city's document adds the prefix 市 to a bare city
 * department ("财政局" → 市财政局); any other document (the State Council, a ministry, a province)
 * keeps every name as written ("扶贫办" stays 扶贫办). National bodies (部, 总局, 署, 国家…, 国务院…)
 * and bodies of other levels (省…, …厅) keep their names everywhere.
 *
 * <pre>{@code
 * UnitNaming.standard().unit("财政局").name();                 // "市财政局" (Dongguan, as Unit.of)
 * UnitNaming.standard().unit("生态环境部").name();             // "生态环境部"
 * UnitNaming.forTitle("国务院办公厅关于印发…的通知").unit("扶贫办").name();   // "扶贫办", NATIONAL
 * UnitNaming.forTitle("广州市人民政府关于…的实施意见").unit("广州市财政局").name();   // "市财政局"
 * }</pre>
 *
 * <p>Names are a pure function of the text as written, so each naming keeps its answers (bounded
 * in count and name length). A naming is immutable and safe to share between threads.
 */
public final class UnitNaming {

  private static final CharMatcher SPACE = CharMatcher.whitespace();
  /** Punctuation and symbols a name never starts or ends with ("@市民政局", "市财政局。"). */
  private static final CharMatcher JUNK = CharMatcher.anyOf(
      "@#*=+-~!?.,;:'\"`^&|\\/<>·•、。;:“”‘’…—_%$！？，；：").or(CharMatcher.javaIsoControl());

  /** What a bare city department's name ends with. */
  private static final String[] CITY_DEPARTMENT_ENDS = {"局", "办", "委", "院", "中心"};
  /** What only a national body's name ends with or holds. */
  private static final String[] NATIONAL_ENDS = {"部", "总局", "署"};
  private static final String[] NATIONAL_WORDS = {"国务院", "国家", "中央", "全国", "中国", "中华"};

  /** The city of a title: the words before the first 市 of its issuer, after any 省 or 中共. */
  private static final Pattern CITY = Pattern.compile("^(?:中共)?(?:[^省市关于\"“”《]{2,8}(?:省|自治区))?([^省市关于\"“”《]{1,6}市)");

  /** What closes a list after its last name: "区水务局等部门" is 区水务局. */
  private static final String[] OTHERS = {"等有关部门", "等相关部门", "等有关单位", "等相关单位", "等部门", "等单位"};

  private static final int MAX_CACHED_UNITS = 4096;
  private static final int MAX_CACHED_NAME_LENGTH = 40;

  private static final UnitNaming STANDARD = new UnitNaming(Optional.of("东莞市"), UnitKind.MUNICIPAL_DEPARTMENT);
  private static final UnitNaming NATIONAL = new UnitNaming(Optional.empty(), UnitKind.NATIONAL);
  private static final UnitNaming PROVINCIAL = new UnitNaming(Optional.empty(), UnitKind.PROVINCIAL);

  /** The city whose document this is (东莞市), or empty where the document is not a city's. */
  private final Optional<String> city;
  /** The kind of a bare department (财政局, 扶贫办, 商务厅) in this document. */
  private final UnitKind bareKind;
  private final ConcurrentHashMap<String, Unit> units = new ConcurrentHashMap<>();

  private UnitNaming(Optional<String> city, UnitKind bareKind) {
    this.city = city;
    this.bareKind = bareKind;
  }

  /** The naming of a Dongguan city document, used by {@link Unit#of} and the queries. */
  public static UnitNaming standard() {
    return STANDARD;
  }

  /** The naming of a document of the city {@code city} ("广州市"), whose leading name becomes 市. */
  public static UnitNaming ofCity(String city) {
    Preconditions.checkNotNull(city, "city");
    String c = asWritten(city);
    Preconditions.checkArgument(c.length() >= 2 && c.endsWith("市"), "a city's name ends with 市: \"%s\"", city);
    return c.equals("东莞市") ? STANDARD : new UnitNaming(Optional.of(c), UnitKind.MUNICIPAL_DEPARTMENT);
  }

  /**
   * The naming of a document of the State Council or a national body: every name stays as written,
   * and a bare department (扶贫办, 统计局) is {@link UnitKind#NATIONAL}.
   */
  public static UnitNaming national() {
    return NATIONAL;
  }

  /**
   * The naming of a province's document: every name stays as written, and a bare department
   * (商务厅) is {@link UnitKind#PROVINCIAL}.
   */
  public static UnitNaming provincial() {
    return PROVINCIAL;
  }

  /**
   * The naming for a document with this title: the title's issuer (what stands before 关于, or the
   * whole title) names the State Council, a central or national body or a province → names as
   * written; a city (广州市人民政府…) → that city; nothing of the kind → {@link #standard()}.
   */
  public static UnitNaming forTitle(String title) {
    Preconditions.checkNotNull(title, "title");
    return fromTitle(title).orElse(STANDARD);
  }

  /**
   * The naming for a document with this title and these metadata lines: the title decides where
   * it says whose document this is; else the addressee line (the metadata line that ends with a
   * colon) does: one to 国务院各部委… is a national document's, one to 省级有关部门 or 省直各单位 a
   * province's; else {@link #standard()}.
   *
   * <pre>{@code
   * // a title split over two lines keeps only "支持文化企业发展两个规定的通知"
   * UnitNaming.forDocument(Optional.of("支持文化企业发展两个规定的通知"),
   *     List.of("各省、自治区、直辖市人民政府,国务院各部委、各直属机构:"));   // national()
   * }</pre>
   */
  public static UnitNaming forDocument(Optional<String> title, List<String> metadata) {
    Preconditions.checkNotNull(title, "title");
    Preconditions.checkNotNull(metadata, "metadata");
    Optional<UnitNaming> byTitle = title.flatMap(UnitNaming::fromTitle);
    if (byTitle.isPresent()) {
      return byTitle.get();
    }
    for (String line : metadata) {
      String m = asWritten(Preconditions.checkNotNull(line, "metadata line"));
      if (!line.strip().endsWith(":") && !line.strip().endsWith("：")) {
        continue;
      }
      if (m.contains("国务院")) {
        return NATIONAL;
      }
      if (m.contains("省级") || m.contains("省直") || m.contains("省政府")) {
        return PROVINCIAL;
      }
      return STANDARD;
    }
    return STANDARD;
  }

  private static Optional<UnitNaming> fromTitle(String title) {
    String t = asWritten(title);
    int about = t.indexOf("关于");
    String head = about > 0 ? t.substring(0, about) : t;
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Matcher city = CITY.matcher(head);
    if (city.find()) {
      return Optional.of(ofCity(city.group(1)));
    }
    for (String w : NATIONAL_WORDS) {
      if (head.contains(w)) {
        return Optional.of(NATIONAL);
      }
    }
    if (head.contains("省") || head.contains("自治区")) {
      return Optional.of(PROVINCIAL);
    }
    if (about > 0 && (endsWithAny(head, NATIONAL_ENDS) || head.endsWith("委"))) {
      return Optional.of(NATIONAL);
    }
    return Optional.empty();
  }


  /** Whether this naming adds 市 to bare city departments (a city's document). */
  public boolean isCity() {
    return city.isPresent();
  }

  /**
   * The unit {@code nameOrAlias} stands for in this document.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Unit unit(String nameOrAlias) {
    Preconditions.checkNotNull(nameOrAlias, "nameOrAlias");
    Unit unit = units.get(nameOrAlias);
    if (unit != null) {
      return unit;
    }
    String name = canonicalName(nameOrAlias);
    Preconditions.checkArgument(!name.isEmpty(), "a unit name must not be blank: \"%s\"", nameOrAlias);
    unit = Unit.canonical(name, kindOf(name));
    if (nameOrAlias.length() <= MAX_CACHED_NAME_LENGTH && units.size() < MAX_CACHED_UNITS) {
      units.put(nameOrAlias, unit);
    }
    return unit;
  }

  /** The canonical form of a unit name in this document; empty for a blank one. */
  public String canonicalName(String nameOrAlias) {
    String s = asWritten(nameOrAlias);
    if (city.isEmpty()) {
      return s;
    }
    String c = city.get();
    if (s.startsWith(c) && s.length() > c.length()) {
      s = "市" + s.substring(c.length());
    }
    Optional<Town> town = Town.lookup(s);
    if (town.isPresent()) {
      return town.get().name();
    }
    return isBareCityDepartment(s) ? "市" + s : s;
  }

  /**
   * A name folded (full-width forms to ASCII, no spaces), without the punctuation around it and
   * the 等 / 等部门 / 等有关单位 that close a list; empty for a blank one. Linear in the length of the name.
   */
  public static String asWritten(String nameOrAlias) {
    Preconditions.checkNotNull(nameOrAlias, "nameOrAlias");
    String s = isPlain(nameOrAlias) ? nameOrAlias
        : JUNK.trimFrom(SPACE.removeFrom(Folding.fold(nameOrAlias)).replace(" ", ""));
    int end = s.length();
    while (end > 1 && s.charAt(end - 1) == '等') {
      end--;
    }
    for (String others : OTHERS) {
      if (end - others.length() > 1 && s.startsWith(others, end - others.length())) {
        end -= others.length();
        break;
      }
    }
    while (end > 1 && s.charAt(end - 1) == '等') {
      end--;
    }
    s = s.substring(0, end);
    return JUNK.trimTrailingFrom(s);
  }

  /**
   * Whether cleaning, taking out spaces and trimming junk would leave {@code s} as it is (most names
   * as found in a clause): then {@link #asWritten} needs no copies.
   */
  private static boolean isPlain(String s) {
    int n = s.length();
    if (n == 0 || JUNK.matches(s.charAt(0)) || JUNK.matches(s.charAt(n - 1))) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Folding.fold(c) != c || SPACE.matches(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The unit {@code nameOrAlias} stood for when this naming last read it, or null when it has not
   * read that name (or no longer keeps it): a look-up that never reads a name, for the readers'
   * fast path. {@link #unit} is the look-up that always answers.
   */
  public Unit known(String nameOrAlias) {
    return units.get(nameOrAlias);
  }

  private static boolean isBareCityDepartment(String s) {
    if (s.isEmpty() || s.length() > 12 || s.startsWith("各") || hasCity(s) || s.contains("省")
        || s.contains("国") || s.contains("镇") || s.contains("街") || s.contains("区") || s.contains("县")
        || s.contains("中央") || s.contains("全国") || endsWithAny(s, NATIONAL_ENDS)) {
      return false;
    }
    return endsWithAny(s, CITY_DEPARTMENT_ENDS);
  }

  /** Whether the name holds a 市 of its own, not the one of 市场 (市场监管局 is a bare department). */
  private static boolean hasCity(String s) {
    for (int i = s.indexOf('市'); i >= 0; i = s.indexOf('市', i + 1)) {
      if (i + 1 >= s.length() || s.charAt(i + 1) != '场') {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String s, String[] ends) {
    for (String end : ends) {
      if (s.endsWith(end)) {
        return true;
      }
    }
    return false;
  }

  private UnitKind kindOf(String name) {
    if (city.isPresent() && Town.lookup(name).isPresent()) {
      return UnitKind.TOWN;
    }
    if (name.startsWith("各") || name.startsWith("镇街") || name.contains("负责")
        || name.equals("镇(街)") || name.equals("有关部门") || name.equals("相关部门")) {
      return UnitKind.COLLECTIVE;
    }
    if (name.contains("小组") || name.contains("成员单位") || name.contains("联席会议")) {
      return UnitKind.GROUP;
    }
    if (name.startsWith("市") && !name.startsWith("市场")) {
      return UnitKind.MUNICIPAL_DEPARTMENT;
    }
    for (String w : NATIONAL_WORDS) {
      if (name.startsWith(w)) {
        return UnitKind.NATIONAL;
      }
    }
    if (name.startsWith("省") || name.endsWith("厅")) {
      return UnitKind.PROVINCIAL;
    }
    if (endsWithAny(name, NATIONAL_ENDS) && !hasCity(name)) {
      return UnitKind.NATIONAL;
    }
    if (city.isEmpty() && (endsWithAny(name, CITY_DEPARTMENT_ENDS) || name.endsWith("厅"))
        && !hasCity(name) && !name.contains("县") && !name.contains("区")) {
      return bareKind;
    }
    return UnitKind.OTHER;
  }

  @Override
  public String toString() {
    return city.map(c -> "UnitNaming[city " + c + "]").orElse("UnitNaming[as written, " + bareKind + "]");
  }
}
