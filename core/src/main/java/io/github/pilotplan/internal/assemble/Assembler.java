package io.github.pilotplan.internal.assemble;

import io.github.pilotplan.internal.text.Brackets;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Interner;
import com.google.common.collect.Lists;
import io.github.pilotplan.internal.annotate.Annotations;
import io.github.pilotplan.internal.annotate.Annotator;
import io.github.pilotplan.internal.annotate.Workers;
import com.google.common.base.Preconditions;
import io.github.pilotplan.model.CarriedRule;
import io.github.pilotplan.model.Deadline;
import io.github.pilotplan.model.Mention;
import io.github.pilotplan.model.Place;
import io.github.pilotplan.internal.annotate.PlaceGrammar;
import io.github.pilotplan.internal.annotate.PlanFacts;
import io.github.pilotplan.model.Recurrence;
import io.github.pilotplan.model.Target;
import io.github.pilotplan.model.Town;
import io.github.pilotplan.model.Unit;
import io.github.pilotplan.internal.annotate.UnitAnnotation;
import io.github.pilotplan.internal.text.Chars;
import io.github.pilotplan.internal.text.Cleaning;
import io.github.pilotplan.internal.annotate.UnitAnnotationGrammar;
import io.github.pilotplan.model.UnitAssignment;
import io.github.pilotplan.model.UnitNaming;
import io.github.pilotplan.model.UnitRole;
import io.github.pilotplan.model.Section;
import io.github.pilotplan.model.SourcePage;
import io.github.pilotplan.model.Task;
import io.github.pilotplan.model.Label;
import io.github.pilotplan.internal.outline.OutlineNode;
import io.github.pilotplan.internal.outline.PageOutline;
import io.github.pilotplan.internal.text.Shared;
import io.github.pilotplan.model.Diagnostic;
import io.github.pilotplan.internal.text.Region;
import io.github.pilotplan.internal.text.SourceText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Set;
import io.github.pilotplan.Plan;

/**
 * Stage four: turns the outline of a page and the annotations of its statements into a {@link
 * Plan}. The first statement of each node, and each statement with its own unit annotation, opens
 * a task; further statements without an annotation continue the task above them. Units, the lead
 * unit and deadlines a task does not state come from the nearest enclosing task that states them.
 */
public final class Assembler {

  private final List<Task> tasks = new ArrayList<>();
  private final Set<Unit> units = new LinkedHashSet<>();
  private final Set<Town> towns = new LinkedHashSet<>();
  private final Set<Place> places = new LinkedHashSet<>();
  /** The places the title, issuer and preamble name: an ambiguous place name resolves inside them. */
  private final List<Place> home = new ArrayList<>();
  /** The date relative deadlines (5年内, 次年, 每年…) count from, where the document states one. */
  private final Optional<LocalDate> planDate;
  /** How this document names its units (a city's, or as written). */
  private final UnitNaming naming;
  /**
   * The text the plan will hold ({@code Plan.text()}), of the length of the page's: a task whose
   * words are a stretch of the page that reads alike in both holds that range of it, not a copy.
   */
  private String planText;
  /** The statements' annotations, once the document's own places are known. */
  private Annotator annotator;
  /** Every statement of the page in reading order, and the annotations of each. */
  private List<Region> statements;
  private List<Annotations> annotations;
  /** How many of {@link #annotations} the tasks have taken. */
  private int annotated;
  /** The 下同 rule in force (the last stated), or null. */
  private CarriedRule firstListedLeads;
  /** The blanket clauses stated so far, in text order. */
  private final List<CarriedRule> blankets = new ArrayList<>();
  /** The lists of units and roles of this plan's tasks, each kept once (see {@link #ownShared}). */
  private final Map<ImmutableList<?>, ImmutableList<?>> ownLists = new HashMap<>();

  /**
   * One instance of each unit in each role, for the tasks of every plan in memory (a task's roles
   * are a few of the same pairs again and again). Up to 16,384 pairs, kept for the JVM's life
   * ({@link Shared#table}).
   */
  private static final Interner<UnitAssignment> ASSIGNMENTS = Shared.table(1 << 14);

  /**
   * One instance of each list of towns or places for the tasks of every plan in memory: tasks name
   * the same few places together again and again. Up to 16,384, as {@link #ASSIGNMENTS}. (Lists of
   * units and roles come in so many combinations that a table of them, which holds an entry of
   * some 45 bytes for each, would cost about what it saves: they are shared within a plan only.)
   */
  private static final Interner<ImmutableList<?>> LISTS = Shared.table(1 << 14);

  /**
   * One instance of each outline path ([一, (一), 1]) for the plans in memory: most plans number
   * their outlines alike. Paths compare by canonical labels, so each table holds one way of
   * writing a path (（一） or (一)): three tables, three ways. Up to 16,384 each, as {@link #ASSIGNMENTS}.
   */
  private static final List<Interner<ImmutableList<Label>>> PATHS = List.of(
      Shared.table(1 << 14), Shared.table(1 << 14), Shared.table(1 << 14));

  /** What separates joint issuers in a title: compiled once, not by a split per load. */
  private static final Pattern ISSUER_SEPARATORS = Pattern.compile("[、 ]+");

  private Assembler(UnitNaming naming, Optional<LocalDate> planDate) {
    this.naming = naming;
    this.planDate = planDate;
  }

  static Plan assemble(PageOutline page) {
    return assemble(page, Workers.SEQUENTIAL);
  }

  /**
   * The plan of {@code page}, its statements annotated on up to {@code workers}' threads (a large
   * plan's; a small one's on the caller's) before the tasks are built in order on the caller's.
   */
  static Plan assemble(PageOutline page, Workers workers) {
    return assemble(page, workers, page.source().original());
  }

  /**
   * As {@link #assemble(PageOutline, Workers)}, the tasks' texts held as ranges of {@code planText}
   * where they read alike in it (a page read with some lines blanked, whose tasks will belong to
   * the plan of the whole text), and copied where not.
   */
  static Plan assemble(PageOutline page, Workers workers, String planText) {
    Preconditions.checkArgument(planText.length() == page.source().original().length(),
        "the plan's text is not of the page's length");
    PlanFacts facts = PlanFacts.read(page.source());
    Assembler a = new Assembler(UnitNaming.forDocument(page.titleText(),
        page.metadata().stream().map(r -> r.trim().text()).collect(ImmutableList.toImmutableList())),
        facts.planDate());
    page.title().ifPresent(a::addHome);
    page.metadata().forEach(a::addHome);
    a.annotator = new Annotator(a.naming, a.planDate, a.home);
    a.planText = planText;
    // Every statement, in the order section() reads them: a node's own, then its children's.
    List<Region> statements = new ArrayList<>();
    for (OutlineNode root : page.roots()) {
      statementsOf(root, statements);
    }
    a.statements = statements;
    a.annotations = a.annotator.annotateAll(statements, workers);
    ImmutableList.Builder<Section> outline = ImmutableList.builder();
    for (OutlineNode root : page.roots()) {
      outline.add(a.section(root, ImmutableList.of(), Inherited.NONE));
    }
    Plan.Builder plan = Plan.builder()
        .page(SourcePage.builder()
            .site(page.site().map(r -> Shared.word(r.trim().text())))
            .isPartial(page.isPartial())
            .totalPages(page.totalPages())
            .build())
        .outline(outline.build())
        .allTasks(a.tasks)
        .units(a.units)
        .towns(a.towns)
        .places(a.places)
        .diagnostics(merged(page.diagnostics(), a.annotator.diagnostics()))
        .text(page.source().original())
        .documentNumber(facts.documentNumber())
        .addAllIssuingBodies(Lists.transform(facts.issuingBodies(), Shared::word))
        .issued(facts.issueDate().map(LocalDate::toString))
        .effective(facts.effectiveDate().map(LocalDate::toString));
    page.titleText().ifPresent(title -> {
      plan.title(title);
      Optional<String> issuer = issuerOf(title).map(Shared::word);
      issuer.ifPresent(plan::issuer);
      if (facts.issuingBodies().isEmpty() && issuer.isPresent()) {
        // No signature above a date line: the title's issuer, joint issuers split.
        for (String body : ISSUER_SEPARATORS.split(issuer.get())) {
          if (!body.isEmpty()) {
            plan.addIssuingBodies(Shared.word(body));
          }
        }
      }
      nameOf(title).map(Shared::word).ifPresent(plan::name);
    });
    for (Region r : page.metadata()) {
      plan.addMetadata(Shared.word(r.trim().text()));
    }
    plan.lines(page.lines());
    return plan.build();
  }

  private void addHome(Region r) {
    for (PlaceGrammar.Found f : PlaceGrammar.scan(r)) {
      if (f.candidates().size() == 1 && !home.contains(f.candidates().get(0))) {
        home.add(f.candidates().get(0));
      }
    }
  }

  private static void statementsOf(OutlineNode node, List<Region> out) {
    out.addAll(node.statements());
    for (OutlineNode child : node.children()) {
      statementsOf(child, out);
    }
  }

  /** The annotations of {@code statement}, the next statement in reading order. */
  private Annotations annotationsOf(Region statement) {
    Preconditions.checkState(statements.get(annotated) == statement,
        "statements are read in another order than they were annotated");
    return annotations.get(annotated++);
  }

  /** The page's diagnostics and the annotator's, in text order. */
  private static List<Diagnostic> merged(List<Diagnostic> page, List<Diagnostic> units) {
    if (units.isEmpty()) {
      return page;
    }
    List<Diagnostic> all = new ArrayList<>(page);
    all.addAll(units);
    all.sort(Comparator.comparingInt(d -> d.span().offset()));
    return all;
  }

  /** What a node passes down to the tasks inside it that state nothing themselves. */
  private static final class Inherited {
    static final Inherited NONE = new Inherited(ImmutableList.of(), Optional.empty(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of());

    final ImmutableList<Unit> units;
    final Optional<Unit> lead;
    final ImmutableList<Deadline> deadlines;
    /** The roles of {@link #units}, in the same order. */
    final ImmutableList<UnitAssignment> roles;
    /** The 下同 rules that shaped {@link #roles}. */
    final ImmutableList<CarriedRule> rules;

    Inherited(ImmutableList<Unit> units, Optional<Unit> lead, ImmutableList<Deadline> deadlines,
        ImmutableList<UnitAssignment> roles, ImmutableList<CarriedRule> rules) {
      this.units = units;
      this.lead = lead;
      this.deadlines = deadlines;
      this.roles = roles;
      this.rules = rules;
    }
  }

  private Section section(OutlineNode node, ImmutableList<Label> parentPath, Inherited inherited) {
    ImmutableList<Label> path = sharedPath(ImmutableList.<Label>builder().addAll(parentPath).add(node.label()).build());
    node.line().ifPresent(line -> headingRules(line, node.statements()));
    List<Task> own = tasksOf(node, path, inherited);
    tasks.addAll(own);
    Task unitSource = null;
    Task deadlineSource = null;
    for (Task t : own) {
      if (unitSource == null && !t.statedUnits().isEmpty()) {
        unitSource = t;
      }
      if (deadlineSource == null && !t.statedDeadlines().isEmpty()) {
        deadlineSource = t;
      }
    }
    Inherited down = unitSource == null && deadlineSource == null ? inherited : new Inherited(
        unitSource != null ? unitSource.statedUnits() : inherited.units,
        unitSource != null ? unitSource.leadUnit() : inherited.lead,
        deadlineSource != null ? deadlineSource.statedDeadlines() : inherited.deadlines,
        unitSource != null ? statedRoles(unitSource) : inherited.roles,
        unitSource != null ? ownRules(unitSource) : inherited.rules);
    ImmutableList.Builder<Section> children = ImmutableList.builderWithExpectedSize(node.children().size());
    for (OutlineNode child : node.children()) {
      children.add(section(child, path, down));
    }
    // Section.of keeps the path list: the section and the tasks of its statements hold one.
    return Section.of(node.label(), path, node.title(), children.build(), node.isInferred(),
        node.line().map(Region::span));
  }

  /**
   * The 下同 rules and blanket clauses a heading states outside its statements
   * ("三、主要任务(以下均需试点城市政府落实,不再列出)"): they hold for the tasks after it.
   */
  private void headingRules(Region line, List<Region> statements) {
    String t = line.text();
    if (t.indexOf('下') < 0 && t.indexOf('均') < 0) {
      return; // fast path: neither 以下 / 下同 nor 均
    }
    for (UnitAnnotation a : UnitAnnotationGrammar.find(line, naming, d -> {})) {
      boolean inStatement = false;
      for (Region st : statements) {
        inStatement |= st.span().encloses(a.source());
      }
      if (inStatement) {
        continue; // read with its statement
      }
      for (CarriedRule rule : a.rules()) {
        if (rule.kind() == CarriedRule.Kind.FIRST_LISTED_LEADS) {
          firstListedLeads = rule;
        } else {
          blankets.add(rule);
          units.addAll(rule.units());
        }
      }
    }
  }

  /** The roles of a task's stated units: they come first among its effective units. */
  private static ImmutableList<UnitAssignment> statedRoles(Task t) {
    int n = Math.min(t.statedUnits().size(), t.roles().size());
    // The whole list (the usual case) is shared: a sublist would be copied by each task given it.
    return n == t.roles().size() ? t.roles() : ImmutableList.copyOf(t.roles().subList(0, n));
  }

  /** The 下同 rules of a task: those that shaped its own units' roles, not the blanket clauses. */
  private static ImmutableList<CarriedRule> ownRules(Task t) {
    if (t.carriedRules().isEmpty()) {
      return ImmutableList.of(); // most tasks: no stream for nothing
    }
    return t.carriedRules().stream().filter(r -> r.kind() == CarriedRule.Kind.FIRST_LISTED_LEADS)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The tasks of a node's own statements: the first statement and each statement with its own
   * unit annotation open a task; other statements continue the task above them.
   */
  private List<Task> tasksOf(OutlineNode node, ImmutableList<Label> path, Inherited inherited) {
    ImmutableList<Region> statements = node.statements();
    if (statements.size() <= 1) {
      // Fast path for the usual node: no statement, no task; one statement, one task.
      return statements.isEmpty() ? ImmutableList.of() : ImmutableList.of(
          task(node, path, statements, ImmutableList.of(annotationsOf(statements.get(0))), inherited));
    }
    List<List<Region>> groups = new ArrayList<>();
    List<List<Annotations>> annotations = new ArrayList<>();
    for (Region statement : statements) {
      Annotations found = annotationsOf(statement);
      if (groups.isEmpty() || !found.units().isEmpty()) {
        groups.add(new ArrayList<>());
        annotations.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(statement);
      annotations.get(annotations.size() - 1).add(found);
    }
    List<Task> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      out.add(task(node, path, groups.get(i), annotations.get(i), inherited));
    }
    return out;
  }

  /**
   * The task of {@code statements} (the first may carry unit annotations, the others carry none),
   * each with its annotations at the same index.
   */
  private Task task(OutlineNode node, ImmutableList<Label> path, List<Region> statements,
      List<Annotations> found, Inherited inherited) {
    // Only a group's first statement carries unit annotations (one with its own opens a new task).
    ImmutableList<UnitAnnotation> annotations = found.get(0).units();
    // One statement (the usual case) gives where its words stand, without a builder's copy.
    StringBuilder text = statements.size() == 1 ? null : new StringBuilder();
    long words = -1;
    String own = null; // the single statement's words where they are not one stretch of it
    // Most tasks find few of these, so the collections are created on the first find.
    Joined<Deadline> deadlines = new Joined<>();
    Joined<Target> targets = new Joined<>();
    Set<String> deliverables = null;
    Set<Town> named = null;
    Joined<Mention<Town>> townMentions = new Joined<>();
    Joined<Mention<Place>> placeMentions = new Joined<>();
    for (int k = 0; k < statements.size(); k++) {
      Region statement = statements.get(k);
      Annotations a = found.get(k);
      if (text == null) {
        words = wordsRange(statement, annotations);
        if (words < 0) {
          own = joinedWithout(statement, annotations);
        }
      } else {
        if (text.length() > 0) {
          text.append('\n');
        }
        text.append(withoutAnnotations(statement, a.units()));
      }
      deadlines.addAll(a.deadlines());
      targets.addAll(a.targets());
      ImmutableList<String> documents = a.deliverables();
      if (!documents.isEmpty()) {
        if (deliverables == null) {
          deliverables = new LinkedHashSet<>();
        }
        deliverables.addAll(documents);
      }
      placeMentions.addAll(a.places());
      ImmutableList<Mention<Town>> mentioned = a.towns();
      if (!mentioned.isEmpty()) {
        townMentions.addAll(mentioned);
        if (named == null) {
          named = new LinkedHashSet<>();
        }
        for (Mention<Town> m : mentioned) {
          named.add(m.value());
        }
      }
    }
    Set<Unit> stated = annotations.isEmpty() ? ImmutableSet.of() : new LinkedHashSet<>();
    Map<Unit, UnitRole> statedRoles = annotations.isEmpty() ? ImmutableMap.of() : new LinkedHashMap<>();
    Optional<Unit> lead = Optional.empty();
    Joined<Mention<Unit>> unitMentions = new Joined<>();
    List<CarriedRule> applied = annotations.isEmpty() ? ImmutableList.of() : new ArrayList<>();
    for (UnitAnnotation a : annotations) {
      stated.addAll(a.units());
      unitMentions.addAll(a.mentions());
      Optional<Unit> aLead = a.lead();
      for (CarriedRule rule : a.rules()) {
        if (rule.kind() == CarriedRule.Kind.FIRST_LISTED_LEADS) {
          firstListedLeads = rule;
          applied.add(rule);
        } else {
          blankets.add(rule);
          units.addAll(rule.units());
        }
      }
      boolean promote = aLead.isEmpty() && firstListedLeads != null && !a.units().isEmpty();
      if (promote) {
        // A 下同 rule stated before: the first unit listed leads.
        aLead = Optional.of(a.units().get(0));
        if (!applied.contains(firstListedLeads)) {
          applied.add(firstListedLeads);
        }
      }
      for (UnitAssignment r : a.roles()) {
        statedRoles.putIfAbsent(r.unit(),
            promote && r.unit().equals(aLead.get()) ? UnitRole.LEAD : r.role());
      }
      if (lead.isEmpty()) {
        lead = aLead;
      }
    }
    for (Unit u : stated) {
      Optional<Town> town = u.town();
      if (town.isPresent()) {
        if (named == null) {
          named = new LinkedHashSet<>();
        }
        named.add(town.get());
      }
    }
    ImmutableList<Mention<Town>> townsNamed = townMentions.build();
    ImmutableList<Mention<Place>> placesNamed = placeMentions.build();
    ImmutableList<Place> taskPlaces = placesNamed.isEmpty() ? ImmutableList.of()
        : shared(placesNamed.stream().map(Mention::value).distinct().collect(ImmutableList.toImmutableList()));
    places.addAll(taskPlaces);
    ImmutableList<Unit> statedUnits = ownShared(ImmutableList.copyOf(stated));
    ImmutableList<Deadline> statedDeadlines = deadlines.build();
    boolean ownUnits = !statedUnits.isEmpty();
    ImmutableList<Unit> effectiveUnits = ownUnits ? statedUnits : inherited.units;
    ImmutableList<UnitAssignment> roles;
    if (ownUnits) {
      ImmutableList.Builder<UnitAssignment> b = ImmutableList.builderWithExpectedSize(statedRoles.size());
      statedRoles.forEach((u, r) -> b.add(assignment(u, r)));
      roles = ownShared(b.build());
    } else {
      roles = inherited.roles;
      if (!inherited.rules.isEmpty() && applied.isEmpty()) {
        applied = inherited.rules; // shared, not copied
      } else if (!inherited.rules.isEmpty()) {
        List<CarriedRule> withInherited = new ArrayList<>(inherited.rules);
        withInherited.addAll(applied);
        applied = withInherited;
      }
    }
    Optional<Unit> effectiveLead = ownUnits ? lead.or(() -> Optional.of(statedUnits.get(0))) : inherited.lead;
    if (!blankets.isEmpty()) {
      // Blanket clauses ("以下均需试点城市政府落实,不再列出"): their units answer for every later task.
      List<Unit> all = new ArrayList<>(effectiveUnits);
      List<UnitAssignment> allRoles = new ArrayList<>(roles);
      applied = new ArrayList<>(applied);
      for (CarriedRule blanket : blankets) {
        for (Unit u : blanket.units()) {
          if (!all.contains(u)) {
            all.add(u);
            allRoles.add(assignment(u, UnitRole.RESPONSIBLE));
          }
        }
        applied.add(blanket);
      }
      effectiveUnits = ownShared(ImmutableList.copyOf(all));
      roles = ownShared(ImmutableList.copyOf(allRoles));
      if (effectiveLead.isEmpty()) {
        effectiveLead = Optional.of(effectiveUnits.get(0));
      }
    }
    Region first = statements.get(0);
    Region last = statements.get(statements.size() - 1);
    SourceText source = first.source();
    // The task's text: a range of the plan's text where its words are one stretch of the page that
    // cleans to them there (no line blanked; full-width punctuation is folded as the range is
    // read), else a string of its own.
    int from = start(words);
    int to = end(words);
    if (text != null) {
      own = text.toString();
    }
    String cleaned = first.text(); // the statement's, cached
    int base = first.start();
    // The page's own text cleans to its cleaned text by construction: only a part of a document,
    // read from a copy of the plan's text with other lines blanked, is compared.
    if (own == null && planText != source.original()
        && !cleansTo(planText, from, cleaned, from - base, to - from)) {
      own = cleaned.substring(from - base, to - base);
    }
    String holder = own == null ? planText : own;
    Optional<Recurrence> recurrence;
    if (own != null) {
      from = 0;
      to = own.length();
      recurrence = recurrence(own, 0, to);
    } else {
      recurrence = recurrence(cleaned, from - base, to - base);
    }
    ImmutableList<Deadline> effectiveDeadlines = statedDeadlines.isEmpty() ? inherited.deadlines : statedDeadlines;
    // Task.of keeps the lists it is given: the inherited ones are shared with the task they come
    // from, and no list is copied into a builder and out again.
    Task task = Task.of(path, node.title(), holder, from, to, statedUnits, effectiveUnits, effectiveLead, roles,
        ImmutableList.copyOf(applied), statedDeadlines, effectiveDeadlines, recurrence,
        named == null ? ImmutableList.of() : shared(ImmutableList.copyOf(named)), taskPlaces, placesNamed,
        targets.build(), unitMentions.build(), townsNamed,
        deliverables == null ? ImmutableList.of() : ImmutableList.copyOf(deliverables), Optional.empty(),
        source.spanOf(first.start(), last.end() - first.start()));
    units.addAll(statedUnits);
    if (named != null) {
      towns.addAll(named);
    }
    return task;
  }

  /**
   * The shared instance of {@code path}, or {@code path} itself when each table's shared one writes
   * a label otherwise (paths compare by canonical labels; each keeps the labels as its lines wrote
   * them).
   */
  private static ImmutableList<Label> sharedPath(ImmutableList<Label> path) {
    for (Interner<ImmutableList<Label>> table : PATHS) {
      ImmutableList<Label> shared = table.intern(path);
      if (sameWriting(shared, path)) {
        return shared;
      }
    }
    return path;
  }

  /** Whether two equal paths write each label alike. */
  private static boolean sameWriting(ImmutableList<Label> a, ImmutableList<Label> b) {
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i) && !a.get(i).written().equals(b.get(i).written())) {
        return false;
      }
    }
    return true;
  }

  /** The shared instance of a list of towns or places (values equal only when alike in every attribute). */
  @SuppressWarnings("unchecked") // an equal list holds equal elements, of the same type
  private static <T> ImmutableList<T> shared(ImmutableList<T> list) {
    return list.isEmpty() ? list : (ImmutableList<T>) LISTS.intern(list);
  }

  /**
   * The instance of a list of units or roles (values equal only when alike in every attribute)
   * that the tasks of this plan share.
   */
  @SuppressWarnings("unchecked") // an equal list holds equal elements, of the same type
  private <T> ImmutableList<T> ownShared(ImmutableList<T> list) {
    if (list.isEmpty()) {
      return list;
    }
    ImmutableList<?> first = ownLists.putIfAbsent(list, list);
    return first == null ? list : (ImmutableList<T>) first;
  }

  /** {@code unit} in {@code role}, the instance the plans in memory share. */
  private static UnitAssignment assignment(Unit unit, UnitRole role) {
    return ASSIGNMENTS.intern(UnitAssignment.of(unit, role));
  }

  /**
   * Lists joined in order, copied only when more than one of them is non-empty: a task's single
   * statement hands its grammar's list through as it is.
   */
  private static final class Joined<T> {
    private ImmutableList<T> only = ImmutableList.of();
    private ImmutableList.Builder<T> more;

    void addAll(ImmutableList<T> list) {
      if (list.isEmpty()) {
        return;
      }
      if (more != null) {
        more.addAll(list);
      } else if (only.isEmpty()) {
        only = list;
      } else {
        more = ImmutableList.<T>builder().addAll(only).addAll(list);
      }
    }

    ImmutableList<T> build() {
      return more != null ? more.build() : only;
    }
  }

  /**
   * Where the statement's words stand without its unit annotations, trimmed, when they are one
   * stretch of it (no annotation, or only blank between and around the annotations but for one
   * piece): its start and end offsets in the text, packed ({@link #start}, {@link #end}); else -1.
   */
  private static long wordsRange(Region statement, List<UnitAnnotation> annotations) {
    // Reads the statement's own (cached) cleaned text: t[i - base] is the character at offset i.
    String t = statement.text();
    int base = statement.start();
    int at = base;
    long words = -1;
    for (int k = 0; k <= annotations.size(); k++) {
      UnitAnnotation a = k < annotations.size() ? annotations.get(k) : null;
      int cut = a == null ? statement.end() : cutAt(a, at, statement);
      if (cut < 0) {
        continue;
      }
      int b = Chars.stripStart(t, at - base, cut - base);
      if (b < cut - base) {
        if (words >= 0) {
          return -1; // words on both sides of an annotation
        }
        words = range(base + b, base + Chars.stripEnd(t, b, cut - base));
      }
      if (a != null) {
        at = a.source().endOffset();
      }
    }
    return words >= 0 ? words : range(base, base);
  }

  /** The statement folded, without its unit annotations, trimmed. */
  private static String withoutAnnotations(Region statement, List<UnitAnnotation> annotations) {
    long words = wordsRange(statement, annotations);
    if (words < 0) {
      return joinedWithout(statement, annotations);
    }
    int base = statement.start();
    return statement.text().substring(start(words) - base, end(words) - base); // copied once
  }

  /** The statement folded, its pieces around its unit annotations joined, trimmed. */
  private static String joinedWithout(Region statement, List<UnitAnnotation> annotations) {
    String t = statement.text();
    int base = statement.start();
    StringBuilder sb = new StringBuilder(t.length());
    int at = base;
    for (UnitAnnotation a : annotations) {
      int cut = cutAt(a, at, statement);
      if (cut >= 0) {
        sb.append(t, at - base, cut - base);
        at = a.source().endOffset();
      }
    }
    sb.append(t, at - base, t.length());
    return sb.toString().strip();
  }

  /**
   * Where {@code a} cuts the statement's words, from {@code at} on: its offset, or -1 when it is
   * part of the words ("由A牵头,B配合") or not after {@code at} inside the statement.
   */
  private static int cutAt(UnitAnnotation a, int at, Region statement) {
    int s = a.source().offset();
    return !a.isInline() && s >= at && a.source().endOffset() <= statement.end() ? s : -1;
  }

  /** Whether {@code text[from, from + n)} cleans to {@code cleaned[at, at + n)}. */
  private static boolean cleansTo(String text, int from, String cleaned, int at, int n) {
    if (text.regionMatches(from, cleaned, at, n)) {
      return true; // written as it cleans (most texts of ASCII punctuation)
    }
    for (int i = 0; i < n; i++) {
      if (Cleaning.clean(text.charAt(from + i)) != cleaned.charAt(at + i)) {
        return false; // a blanked line of another part of the document
      }
    }
    return true;
  }

  /** The offsets {@code [start, end)} in one long. */
  private static long range(int start, int end) {
    return (long) start << 32 | end;
  }

  private static int start(long range) {
    return (int) (range >>> 32);
  }

  private static int end(long range) {
    return (int) range;
  }

  /**
   * The recurrence the cleaned words {@code cleaned[from, to)} state ({@link Recurrence#find}), the
   * characters copied out only when they hold a 每, with which every marker starts. {@code cleaned}
   * is a statement's text or a task's own, never the whole plan's: the search ends with it.
   */
  private static Optional<Recurrence> recurrence(String cleaned, int from, int to) {
    int at = cleaned.indexOf('每', from);
    return at >= 0 && at < to ? Recurrence.find(cleaned.substring(from, to)) : Optional.empty();
  }

  /** The issuer: what the title line says before 关于, if it reads like a body's name. */
  private static Optional<String> issuerOf(String t) {
    int about = t.indexOf("关于");
    if (about < 2 || about > 40 || t.lastIndexOf('《', about) >= 0) {
      return Optional.empty();
    }
    return Optional.of(t.substring(0, about).strip());
  }

  /** The content of the title's outermost 《…》. */
  private static Optional<String> nameOf(String t) {
    int open = t.indexOf('《');
    if (open < 0) {
      return Optional.empty();
    }
    int close = Brackets.TITLE.closing(t, open);
    return close > open + 1 ? Optional.of(t.substring(open + 1, close)) : Optional.empty();
  }
}
