package io.github.posthogguard.project;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Location;
import io.github.posthogguard.eval.Ref;
import io.github.posthogguard.eval.Secret;
import io.github.posthogguard.java.JavaType;
import io.github.posthogguard.keys.PostHogKeyType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The bytes a {@link ResultStore} keeps of a file's passes, and the digests that key them. Every
 * record is written field by field in a fixed order, maps sorted by key, so that equal values give
 * equal bytes (a digest of the project's summaries does not depend on a map's iteration order). An
 * entry that does not read back completely is an error: the analysis then computes instead.
 */
final class ResultCodec {
  /** Raised with every change to what is written: an older entry then reads as an error. */
  private static final int FORMAT = 20;

  /** Sets are written sorted: equal values, equal bytes. */
  private static final Comparator<Ref> REF_ORDER =
      Comparator.comparing(Ref::type)
          .thenComparing(Ref::member)
          .thenComparingInt(Ref::arity)
          .thenComparing(Ref::kind)
          .thenComparing(r -> r.at() == null ? "" : r.at().toString());

  private ResultCodec() {}

  /**
   * What a file's first pass leaves in its state, its text aside.
   *
   * @param analysis findings and problems, without the file's text
   * @param parsed whether the file was parsed and analyzed within its budget
   */
  record FirstPass(
      FileAnalysis analysis,
      boolean parsed,
      boolean skippedRules,
      List<TypeSummary> summaries,
      List<PassedArgument> passed,
      Set<String> demanded,
      Set<Ref> refs) {}

  static byte[] encode(FirstPass pass) {
    return write(
        out -> {
          writeAnalysis(out, pass.analysis());
          out.writeBoolean(pass.parsed());
          out.writeBoolean(pass.skippedRules());
          writeList(out, pass.summaries(), ResultCodec::writeSummary);
          writeList(out, pass.passed(), ResultCodec::writePassed);
          writeList(out, pass.demanded().stream().sorted().toList(), ResultCodec::writeString);
          writeList(out, pass.refs().stream().sorted(REF_ORDER).toList(), ResultCodec::writeRef);
        });
  }

  /**
   * What a first pass found, whether it parsed the file and left some rules out: the start of its
   * encoding.
   */
  record FirstPassHead(FileAnalysis analysis, boolean parsed, boolean skippedRules) {}

  /** The head of a first pass only: a run on an unchanged tree needs no summary. */
  static FirstPassHead decodeFirstPassHead(byte[] bytes) throws IOException {
    In in = new In(bytes);
    if (in.readInt() != FORMAT) {
      throw new IOException("written in another format");
    }
    try {
      return new FirstPassHead(readAnalysis(in), in.readBoolean(), in.readBoolean());
    } catch (RuntimeException e) {
      throw new IOException("not a valid entry: " + e, e);
    }
  }

  static FirstPass decodeFirstPass(byte[] bytes) throws IOException {
    return read(
        bytes,
        in ->
            new FirstPass(
                readAnalysis(in),
                in.readBoolean(),
                in.readBoolean(),
                readList(in, ResultCodec::readSummary),
                readList(in, ResultCodec::readPassed),
                Set.copyOf(readList(in, ResultCodec::readString)),
                Set.copyOf(readList(in, ResultCodec::readRef))));
  }

  static byte[] encode(ProjectOutcome outcome) {
    return write(
        out -> {
          writeList(
              out,
              outcome.rounds(),
              (o, round) -> {
                writeList(
                    o,
                    round.chosen(),
                    (w, chosen) -> {
                      w.writeInt(chosen.index());
                      w.writeBoolean(chosen.summarize());
                      w.writeBoolean(chosen.allRules());
                    });
                writeList(o, round.names(), ResultCodec::writeString);
                writeList(o, round.byName(), DataOutputStream::writeInt);
              });
          writeList(
              out,
              outcome.pending(),
              (o, text) -> {
                o.writeInt(text.index());
                writeBytes(o, text.hash());
              });
          writeList(
              out,
              List.copyOf(new TreeSet<>(outcome.createdWithSecrets())),
              ResultCodec::writeString);
          writeBytes(out, outcome.creations());
          writeBytes(out, outcome.told());
          writeList(out, outcome.changeable(), DataOutputStream::writeInt);
          writeList(out, outcome.clueNames(), ResultCodec::writeString);
          writeList(
              out,
              outcome.interest(),
              (o, interest) -> {
                o.writeInt(interest.index());
                writeBytes(o, interest.textHash());
                o.writeBoolean(interest.spellsAClue());
              });
        });
  }

  static ProjectOutcome decodeOutcome(byte[] bytes) throws IOException {
    return read(
        bytes,
        in ->
            new ProjectOutcome(
                readList(
                    in,
                    i ->
                        new ProjectOutcome.Round(
                            readList(
                                i,
                                r ->
                                    new ProjectOutcome.Chosen(
                                        r.readInt(), r.readBoolean(), r.readBoolean())),
                            readList(i, ResultCodec::readString),
                            readList(i, DataInputStream::readInt))),
                readList(in, i -> new ProjectOutcome.Text(i.readInt(), readBytes(i))),
                Set.copyOf(readList(in, ResultCodec::readString)),
                readBytes(in),
                readBytes(in),
                readList(in, DataInputStream::readInt),
                readList(in, ResultCodec::readString),
                readList(
                    in,
                    i -> new ProjectOutcome.Interest(i.readInt(), readBytes(i), i.readBoolean()))));
  }

  /**
   * The creations counted in each file ({@link Creations}), by path and text hash: the next run
   * counts again only in files whose text changed.
   */
  record CountedCreations(String path, byte[] textHash, List<String> types) {}

  static byte[] encodeCreations(List<CountedCreations> files) {
    return encodeList(
        files,
        (o, file) -> {
          writeString(o, file.path());
          writeBytes(o, file.textHash());
          writeList(o, file.types(), ResultCodec::writeString);
        });
  }

  static List<CountedCreations> decodeCreations(byte[] bytes) throws IOException {
    return decodeList(
        bytes,
        i ->
            new CountedCreations(
                readString(i), readBytes(i), readList(i, ResultCodec::readString)));
  }

  /**
   * What a file's stamp stood for in the last run ({@link ProjectAnalysis.Source#stamp}): the hash
   * and print of the text read under it, its top-level type, how it was read, and whether a report
   * quotes it without findings. A file whose stamp is the same is not read again for its first
   * pass.
   */
  record KnownText(
      String path,
      byte[] stamp,
      byte[] textHash,
      long textPrint,
      byte readNote,
      String topLevelType,
      boolean quoted) {}

  static byte[] encodeKnownTexts(List<KnownText> files) {
    return encodeList(
        files,
        (o, file) -> {
          writeString(o, file.path());
          writeBytes(o, file.stamp());
          writeBytes(o, file.textHash());
          o.writeLong(file.textPrint());
          o.writeByte(file.readNote());
          writeNullable(o, file.topLevelType(), ResultCodec::writeString);
          o.writeBoolean(file.quoted());
        });
  }

  static List<KnownText> decodeKnownTexts(byte[] bytes) throws IOException {
    return decodeList(
        bytes,
        i ->
            new KnownText(
                readString(i),
                readBytes(i),
                readBytes(i),
                i.readLong(),
                i.readByte(),
                readNullable(i, ResultCodec::readString),
                i.readBoolean()));
  }

  /** An entry that is one list of records, each written by {@code writer}. */
  private static <T> byte[] encodeList(List<T> items, Writer<T> writer) {
    return write(out -> writeList(out, items, writer));
  }

  private static <T> List<T> decodeList(byte[] bytes, Reader<T> reader) throws IOException {
    return read(bytes, in -> readList(in, reader));
  }

  /** Names in their order: the types a run counted creations of, say. */
  static byte[] encodeNames(List<String> names) {
    return write(out -> writeList(out, names, ResultCodec::writeString));
  }

  private static void writeBytes(Out out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(In in) throws IOException {
    int length = readCount(in);
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }

  /**
   * A file's final analysis in a run, and whether it kept the file's text (a report quotes it): the
   * text is not kept here, it is read again.
   */
  record Outcome(FileAnalysis analysis, boolean keptText) {}

  /** The final analyses of a whole run, in the files' order. */
  static byte[] encodeRun(List<FileAnalysis> analyses) {
    return write(
        out ->
            writeList(
                out,
                analyses,
                (o, analysis) -> {
                  writeAnalysis(o, analysis);
                  o.writeBoolean(!analysis.file().text().isEmpty());
                }));
  }

  static List<Outcome> decodeRun(byte[] bytes) throws IOException {
    return read(bytes, in -> readList(in, i -> new Outcome(readAnalysis(i), i.readBoolean())));
  }

  static byte[] encode(FileAnalysis analysis) {
    return write(out -> writeAnalysis(out, analysis));
  }

  static FileAnalysis decodeAnalysis(byte[] bytes) throws IOException {
    return read(bytes, ResultCodec::readAnalysis);
  }

  /**
   * What a file's entries are kept for: three checksums of its text (CRC-32C, CRC-32, Adler-32) and
   * its length. Not a cryptographic digest: the store holds what this user's own runs computed, so
   * only an accidental collision could mislead it, which needs an edit that keeps the length and
   * all three sums; SHA-256, which the JVM computes fast only where C2 compiles it, took a third of
   * a run on an unchanged tree under the launcher's C1-only JIT (benchmarks/README section 22).
   */
  static byte[] textHash(String text) {
    return checksum(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The checksums {@link #textHash} keeps of a text, of any bytes: a first pass's record, say. */
  static byte[] checksum(byte[] bytes) {
    CRC32C crc32c = new CRC32C();
    crc32c.update(bytes);
    CRC32 crc32 = new CRC32();
    crc32.update(bytes);
    Adler32 adler32 = new Adler32();
    adler32.update(bytes);
    return ByteBuffer.allocate(20)
        .putInt((int) crc32c.getValue())
        .putInt((int) crc32.getValue())
        .putInt((int) adler32.getValue())
        .putLong(bytes.length)
        .array();
  }

  /**
   * SHA-256 of what the project index is made of: every summary and passed argument in the files'
   * order, and the project's type names.
   */
  static byte[] projectDigest(
      List<TypeSummary> summaries, Collection<String> types, List<PassedArgument> passed) {
    MessageDigest digest = sha256();
    digest.update(
        write(
            out -> {
              writeList(out, summaries, ResultCodec::writeSummary);
              writeList(out, types.stream().sorted().toList(), ResultCodec::writeString);
              writeList(out, passed, ResultCodec::writePassed);
            }));
    return digest.digest();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A stream with the strings written so far, by number. */
  private static final class Out extends DataOutputStream {
    final Map<String, Integer> strings = new HashMap<>();

    Out(ByteArrayOutputStream bytes) {
      super(bytes);
    }
  }

  /** A stream with the strings read so far, by number. */
  private static final class In extends DataInputStream {
    final List<String> strings = new ArrayList<>();

    In(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }
  }

  // Writing.

  private interface Writer<T> {
    void write(Out out, T value) throws IOException;
  }

  private interface Body {
    void write(Out out) throws IOException;
  }

  private static byte[] write(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (Out out = new Out(bytes)) {
      out.writeInt(FORMAT);
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen in memory", e);
    }
    return bytes.toByteArray();
  }

  /** A string once, then its number: type names and paths recur all through a file's entry. */
  private static void writeString(Out out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    Integer seen = out.strings.putIfAbsent(value, out.strings.size());
    if (seen != null) {
      out.writeInt(-2 - seen);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static <T> void writeList(Out out, List<T> values, Writer<T> writer) throws IOException {
    out.writeInt(values.size());
    for (T value : values) {
      writer.write(out, value);
    }
  }

  private static <T> void writeNullable(Out out, T value, Writer<T> writer) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      writer.write(out, value);
    }
  }

  private static void writeEnum(Out out, Enum<?> value) throws IOException {
    writeString(out, value == null ? null : value.name());
  }

  private static void writeAnalysis(Out out, FileAnalysis analysis) throws IOException {
    writeString(out, analysis.file().path());
    writeList(out, analysis.findings(), ResultCodec::writeFinding);
    writeList(out, analysis.problems(), ResultCodec::writeString);
  }

  private static void writeFinding(Out out, Finding finding) throws IOException {
    writeString(out, finding.ruleId());
    writeString(out, finding.path());
    writeNullable(out, finding.range(), ResultCodec::writeRange);
    writeString(out, finding.message());
    writeList(out, finding.secondaryLocations(), ResultCodec::writeSecondary);
  }

  private static void writeSecondary(Out out, SecondaryLocation location) throws IOException {
    writeNullable(out, location.range(), ResultCodec::writeRange);
    writeString(out, location.message());
    writeString(out, location.path());
  }

  private static void writeRange(Out out, TextRange range) throws IOException {
    out.writeInt(range.beginLine());
    out.writeInt(range.beginColumn());
    out.writeInt(range.endLine());
    out.writeInt(range.endColumn());
    out.writeInt(range.beginOffset());
    out.writeInt(range.endOffset());
  }

  private static void writeSummary(Out out, TypeSummary summary) throws IOException {
    writeString(out, summary.name());
    writeString(out, summary.path());
    writeEnum(out, summary.kind());
    writeList(out, summary.supertypes(), ResultCodec::writeString);
    Map<String, TypeSummary.FieldSummary> fields = new TreeMap<>(summary.fields());
    out.writeInt(fields.size());
    for (Map.Entry<String, TypeSummary.FieldSummary> field : fields.entrySet()) {
      writeString(out, field.getKey());
      writeNullable(out, field.getValue(), ResultCodec::writeField);
    }
    Map<String, List<TypeSummary.MethodSummary>> methods = new TreeMap<>(summary.methods());
    out.writeInt(methods.size());
    for (Map.Entry<String, List<TypeSummary.MethodSummary>> method : methods.entrySet()) {
      writeString(out, method.getKey());
      writeList(out, method.getValue(), ResultCodec::writeMethod);
    }
    writeNullable(out, summary.shown(), ResultCodec::writeFact);
    writeNullable(out, summary.serialized(), ResultCodec::writeFact);
    out.writeBoolean(summary.relevant());
    out.writeBoolean(summary.mayAddFindings());
    writeList(out, List.copyOf(new TreeSet<>(summary.relevantMembers())), ResultCodec::writeString);
    out.writeBoolean(summary.behaves());
    out.writeBoolean(summary.plainRecord());
    writeList(out, summary.jsonComponents(), ResultCodec::writeString);
  }

  private static void writeField(Out out, TypeSummary.FieldSummary field) throws IOException {
    writeString(out, field.name());
    writeNullable(out, field.type(), ResultCodec::writeType);
    out.writeBoolean(field.isStatic());
    writeNullable(out, field.constant(), (o, parts) -> writeList(o, parts, ResultCodec::writePart));
    writeNullable(out, field.secret(), ResultCodec::writeFact);
    out.writeBoolean(field.inToString());
    out.writeBoolean(field.inJson());
    writeNullable(out, field.literal(), ResultCodec::writeLocation);
  }

  /** A constant's part: a string, or a reference to another file's constant. */
  private static void writePart(Out out, Object part) throws IOException {
    if (part instanceof Ref ref) {
      out.writeByte('R');
      writeRef(out, ref);
    } else if (part instanceof String text) {
      out.writeByte('S');
      writeString(out, text);
    } else {
      throw new IllegalArgumentException("a constant part of an unknown kind: " + part.getClass());
    }
  }

  private static void writeMethod(Out out, TypeSummary.MethodSummary method) throws IOException {
    writeString(out, method.name());
    out.writeInt(method.arity());
    writeNullable(out, method.returnType(), ResultCodec::writeType);
    out.writeBoolean(method.isStatic());
    writeNullable(out, method.returns(), ResultCodec::writeFact);
    writeNullable(out, method.carries(), ResultCodec::writeFact);
    out.writeInt(method.builtBy().size());
    for (TypeSummary.ResultOrigin origin : method.builtBy()) {
      writeString(out, origin.type());
      writeString(out, origin.method());
      out.writeInt(origin.arity());
      out.writeBoolean(origin.fromCallers());
    }
    writeNullable(out, method.takes(), ResultCodec::writeFact);
    writeNullable(out, method.projectKey(), ResultCodec::writeString);
    writeIndexedNames(out, method.requestKeys());
    writeIndexedNames(out, method.requestMembers());
  }

  private static void writeIndexedNames(Out out, Map<Integer, String> names) throws IOException {
    out.writeInt(names.size());
    for (Map.Entry<Integer, String> name : new TreeMap<>(names).entrySet()) {
      out.writeInt(name.getKey());
      writeString(out, name.getValue());
    }
  }

  private static Map<Integer, String> readIndexedNames(In in) throws IOException {
    int count = in.readInt();
    Map<Integer, String> names = new HashMap<>();
    for (int i = 0; i < count; i++) {
      names.put(in.readInt(), readString(in));
    }
    return names;
  }

  private static void writeType(Out out, JavaType type) throws IOException {
    writeString(out, type.name());
    writeEnum(out, type.kind());
    writeList(out, type.arguments(), ResultCodec::writeType);
    out.writeInt(type.dimensions());
  }

  private static void writeFact(Out out, Fact fact) throws IOException {
    writeNullable(out, fact.secret(), ResultCodec::writeSecret);
    writeList(out, fact.refs(), ResultCodec::writeRef);
    writeNullable(out, fact.named(), ResultCodec::writeRef);
  }

  private static void writeSecret(Out out, Secret secret) throws IOException {
    writeEnum(out, secret.keyType());
    writeEnum(out, secret.provenance());
    writeString(out, secret.name());
    writeNullable(out, secret.origin(), ResultCodec::writeLocation);
  }

  private static void writeLocation(Out out, Location location) throws IOException {
    writeString(out, location.path());
    writeNullable(out, location.range(), ResultCodec::writeRange);
  }

  private static void writeRef(Out out, Ref ref) throws IOException {
    writeString(out, ref.type());
    writeString(out, ref.member());
    out.writeInt(ref.arity());
    writeEnum(out, ref.kind());
    writeNullable(out, ref.at(), ResultCodec::writeLocation);
  }

  private static void writePassed(Out out, PassedArgument argument) throws IOException {
    writeString(out, argument.type());
    writeString(out, argument.method());
    out.writeInt(argument.arity());
    out.writeInt(argument.index());
    writeNullable(out, argument.fact(), ResultCodec::writeFact);
  }

  // Reading.

  private interface Reader<T> {
    T read(In in) throws IOException;
  }

  private static <T> T read(byte[] bytes, Reader<T> reader) throws IOException {
    In in = new In(bytes);
    if (in.readInt() != FORMAT) {
      throw new IOException("written in another format");
    }
    T value;
    try {
      value = reader.read(in);
    } catch (RuntimeException e) {
      throw new IOException("not a valid entry: " + e, e);
    }
    if (in.available() != 0) {
      throw new IOException("trailing bytes");
    }
    return value;
  }

  private static String readString(In in) throws IOException {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    if (length < -1) {
      int index = -2 - length;
      if (index >= in.strings.size()) {
        throw new IOException("bad string number " + index);
      }
      return in.strings.get(index);
    }
    if (length > in.available()) {
      throw new IOException("bad string length " + length);
    }
    byte[] utf8 = new byte[length];
    in.readFully(utf8);
    String value = new String(utf8, StandardCharsets.UTF_8);
    in.strings.add(value);
    return value;
  }

  private static <T> List<T> readList(In in, Reader<T> reader) throws IOException {
    int size = in.readInt();
    if (size < 0 || size > in.available()) {
      throw new IOException("bad list size " + size);
    }
    List<T> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(reader.read(in));
    }
    return values;
  }

  private static <T> T readNullable(In in, Reader<T> reader) throws IOException {
    return in.readBoolean() ? reader.read(in) : null;
  }

  private static <E extends Enum<E>> E readEnum(In in, Class<E> type) throws IOException {
    String name = readString(in);
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static FileAnalysis readAnalysis(In in) throws IOException {
    String path = readString(in);
    List<Finding> findings = readList(in, ResultCodec::readFinding);
    List<String> problems = readList(in, ResultCodec::readString);
    return new FileAnalysis(new SourceFile(path, ""), findings, problems);
  }

  private static Finding readFinding(In in) throws IOException {
    return new Finding(
        readString(in),
        readString(in),
        readNullable(in, ResultCodec::readRange),
        readString(in),
        readList(in, ResultCodec::readSecondary));
  }

  private static SecondaryLocation readSecondary(In in) throws IOException {
    return new SecondaryLocation(
        readNullable(in, ResultCodec::readRange), readString(in), readString(in));
  }

  private static TextRange readRange(In in) throws IOException {
    return new TextRange(
        in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
  }

  private static TypeSummary readSummary(In in) throws IOException {
    String name = readString(in);
    String path = readString(in);
    TypeSummary.Kind kind = readEnum(in, TypeSummary.Kind.class);
    List<String> supertypes = readList(in, ResultCodec::readString);
    int fieldCount = readCount(in);
    Map<String, TypeSummary.FieldSummary> fields = new HashMap<>();
    for (int i = 0; i < fieldCount; i++) {
      fields.put(readString(in), readNullable(in, ResultCodec::readField));
    }
    int methodCount = readCount(in);
    Map<String, List<TypeSummary.MethodSummary>> methods = new HashMap<>();
    for (int i = 0; i < methodCount; i++) {
      methods.put(readString(in), List.copyOf(readList(in, ResultCodec::readMethod)));
    }
    return new TypeSummary(
        name,
        path,
        kind,
        supertypes,
        fields,
        methods,
        readNullable(in, ResultCodec::readFact),
        readNullable(in, ResultCodec::readFact),
        in.readBoolean(),
        in.readBoolean(),
        Set.copyOf(readList(in, ResultCodec::readString)),
        in.readBoolean(),
        in.readBoolean(),
        readList(in, ResultCodec::readString));
  }

  private static int readCount(In in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("bad count " + count);
    }
    return count;
  }

  private static TypeSummary.FieldSummary readField(In in) throws IOException {
    return new TypeSummary.FieldSummary(
        readString(in),
        readNullable(in, ResultCodec::readType),
        in.readBoolean(),
        readNullable(in, i -> List.copyOf(readList(i, ResultCodec::readPart))),
        readNullable(in, ResultCodec::readFact),
        in.readBoolean(),
        in.readBoolean(),
        readNullable(in, ResultCodec::readLocation));
  }

  private static Object readPart(In in) throws IOException {
    return switch (in.readByte()) {
      case 'R' -> readRef(in);
      case 'S' -> readString(in);
      default -> throw new IOException("a constant part of an unknown kind");
    };
  }

  private static TypeSummary.MethodSummary readMethod(In in) throws IOException {
    String name = readString(in);
    int arity = in.readInt();
    JavaType returnType = readNullable(in, ResultCodec::readType);
    boolean isStatic = in.readBoolean();
    Fact returns = readNullable(in, ResultCodec::readFact);
    Fact carries = readNullable(in, ResultCodec::readFact);
    int origins = in.readInt();
    List<TypeSummary.ResultOrigin> builtBy = new ArrayList<>();
    for (int i = 0; i < origins; i++) {
      builtBy.add(
          new TypeSummary.ResultOrigin(
              readString(in), readString(in), in.readInt(), in.readBoolean()));
    }
    Fact takes = readNullable(in, ResultCodec::readFact);
    String projectKey = readNullable(in, ResultCodec::readString);
    Map<Integer, String> requestKeys = readIndexedNames(in);
    Map<Integer, String> requestMembers = readIndexedNames(in);
    return new TypeSummary.MethodSummary(
        name,
        arity,
        returnType,
        isStatic,
        returns,
        carries,
        builtBy,
        takes,
        projectKey,
        requestKeys,
        requestMembers);
  }

  private static JavaType readType(In in) throws IOException {
    return new JavaType(
        readString(in),
        readEnum(in, JavaType.Kind.class),
        readList(in, ResultCodec::readType),
        in.readInt());
  }

  private static Fact readFact(In in) throws IOException {
    Fact fact =
        new Fact(
            readNullable(in, ResultCodec::readSecret),
            readList(in, ResultCodec::readRef),
            readNullable(in, ResultCodec::readRef));
    return fact.equals(Fact.NONE) ? Fact.NONE : fact;
  }

  private static Secret readSecret(In in) throws IOException {
    return new Secret(
        readEnum(in, PostHogKeyType.class),
        readEnum(in, Secret.Provenance.class),
        readString(in),
        readNullable(in, ResultCodec::readLocation));
  }

  private static Location readLocation(In in) throws IOException {
    return new Location(readString(in), readNullable(in, ResultCodec::readRange));
  }

  private static Ref readRef(In in) throws IOException {
    return new Ref(
        readString(in),
        readString(in),
        in.readInt(),
        readEnum(in, Ref.Kind.class),
        readNullable(in, ResultCodec::readLocation));
  }

  private static PassedArgument readPassed(In in) throws IOException {
    return new PassedArgument(
        readString(in),
        readString(in),
        in.readInt(),
        in.readInt(),
        readNullable(in, ResultCodec::readFact));
  }
}
