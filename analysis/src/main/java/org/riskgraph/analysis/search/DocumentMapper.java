package org.riskgraph.analysis.search;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.riskgraph.graph.person.PersonNames;

/** Turns a {@link SearchDocument} into the Lucene fields described in docs/search.md. */
final class DocumentMapper {

  /** Pinyin spellings kept per name; only names full of 多音字 reach it. */
  static final int MAX_SPELLINGS = 32;

  /** Positions for phrase queries over n-grams; no norms, scores are constant anyway. */
  private static final FieldType GRAMS = gramType();

  private final ChinesePinyin pinyin;

  DocumentMapper(ChinesePinyin pinyin) {
    this.pinyin = pinyin;
  }

  static String uid(SearchDocument document) {
    return uid(document.kind().name(), document.key());
  }

  static String uid(String kind, String key) {
    return kind + ":" + key;
  }

  static Term uidTerm(SearchDocument document) {
    return new Term(IndexFields.UID, uid(document));
  }

  Document toLucene(SearchDocument source) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.UID, uid(source), Field.Store.NO));
    keyword(doc, IndexFields.KIND, source.kind().name());
    keyword(doc, IndexFields.KEY, source.key());
    doc.add(
        new StringField(
            IndexFields.KEY_LOWER, source.key().toLowerCase(Locale.ROOT), Field.Store.NO));
    shown(doc, IndexFields.DISPLAY, source.displayName());
    switch (source) {
      case PersonDocument person -> addPerson(doc, person);
      case VehicleDocument vehicle -> addVehicle(doc, vehicle);
      case PhoneDocument phone -> addPhone(doc, phone);
      case IncidentDocument incident -> {
        addNarrative(doc, incident.summary(), CategoryLabels.searchText(incident.category()));
        addVillage(doc, incident.villageName().orElse(""));
      }
      case DisputeDocument dispute -> {
        addNarrative(doc, dispute.summary(), CategoryLabels.searchText(dispute.category()));
        addVillage(doc, dispute.villageName().orElse(""));
      }
    }
    return doc;
  }

  private void addPerson(Document doc, PersonDocument person) {
    String name = PersonNames.normalise(person.name());
    keyword(doc, IndexFields.NAME, name);
    for (String gram : new LinkedHashSet<>(NameText.unigramsAndBigrams(name))) {
      doc.add(new StringField(IndexFields.NAME_GRAM, gram, Field.Store.NO));
    }
    doc.add(
        new FloatDocValuesField(
            IndexFields.NAME_INVERSE_LENGTH, 1f / Math.max(1, NameText.length(name))));
    for (String spelling : pinyin.spellings(name, MAX_SPELLINGS)) {
      doc.add(new StringField(IndexFields.PINYIN, spelling, Field.Store.NO));
    }
    for (String initials : pinyin.initials(name, MAX_SPELLINGS)) {
      doc.add(new StringField(IndexFields.PINYIN_INITIALS, initials, Field.Store.NO));
    }
    Set<String> syllables = new LinkedHashSet<>();
    pinyin.syllables(name).forEach(syllables::addAll);
    for (String syllable : syllables) {
      doc.add(new StringField(IndexFields.PINYIN_SYLLABLE, syllable, Field.Store.NO));
    }
    person
        .idNumber()
        .ifPresent(
            id -> {
              String value = id.value();
              keyword(doc, IndexFields.ID_NUMBER, value);
              doc.add(new Field(IndexFields.ID_GRAM, value, GRAMS));
              deletions(doc, IndexFields.ID_DELETIONS, value);
              doc.add(new StringField(IndexFields.ID_TAIL, value.substring(14), Field.Store.NO));
              doc.add(new StringField(IndexFields.ID_TAIL, value.substring(13), Field.Store.NO));
            });
    person.birthDate().ifPresent(date -> addBirth(doc, date));
    person
        .gender()
        .ifPresent(g -> doc.add(new StringField(IndexFields.GENDER, g.name(), Field.Store.NO)));
    person.villageName().ifPresent(village -> addVillage(doc, village));
  }

  private static void addBirth(Document doc, LocalDate date) {
    String iso = date.toString();
    String compact = iso.replace("-", "");
    for (String value :
        Set.of(iso, compact, iso.substring(0, 7), compact.substring(0, 6), iso.substring(0, 4))) {
      doc.add(new StringField(IndexFields.BIRTH, value, Field.Store.NO));
    }
  }

  private static void addVehicle(Document doc, VehicleDocument vehicle) {
    String plate = vehicle.plate().value();
    String canonical = PlateOcr.canonical(plate);
    keyword(doc, IndexFields.PLATE, plate);
    doc.add(new StringField(IndexFields.PLATE_OCR, canonical, Field.Store.NO));
    doc.add(new Field(IndexFields.PLATE_GRAM, plate, GRAMS));
    doc.add(new Field(IndexFields.PLATE_OCR_GRAM, canonical, GRAMS));
    deletions(doc, IndexFields.PLATE_OCR_DELETIONS, canonical);
  }

  private static void addPhone(Document doc, PhoneDocument phone) {
    String number = phone.number().value();
    keyword(doc, IndexFields.PHONE, number);
    doc.add(new Field(IndexFields.PHONE_GRAM, number, GRAMS));
    deletions(doc, IndexFields.PHONE_DELETIONS, number);
    for (int tail = 4; tail <= 8 && tail < number.length(); tail++) {
      doc.add(
          new StringField(
              IndexFields.PHONE_TAIL, number.substring(number.length() - tail), Field.Store.NO));
    }
  }

  private static void addNarrative(Document doc, String summary, String categoryText) {
    doc.add(new TextField(IndexFields.SUMMARY, summary, Field.Store.NO));
    doc.add(new TextField(IndexFields.SUMMARY_BIGRAM, summary, Field.Store.NO));
    doc.add(new TextField(IndexFields.CATEGORY_TEXT, categoryText, Field.Store.NO));
  }

  private static void addVillage(Document doc, String villageName) {
    if (!villageName.isBlank()) {
      doc.add(new TextField(IndexFields.VILLAGE_TEXT, villageName, Field.Store.NO));
      shown(doc, IndexFields.VILLAGE_NAME, villageName);
    }
  }

  private static void deletions(Document doc, String field, String value) {
    for (String deleted : OneSlip.deletions(value)) {
      doc.add(new StringField(field, deleted, Field.Store.NO));
    }
  }

  /** Indexed as one term, and kept as a doc value for wording the hit (see {@link HitValues}). */
  private static void keyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
    shown(doc, field, value);
  }

  /**
   * Kept as a doc value, not a stored field: reading a few values of 100 hits from doc values costs
   * microseconds, decompressing their stored-field blocks a good part of a millisecond.
   */
  private static void shown(Document doc, String field, String value) {
    doc.add(new SortedDocValuesField(field, new BytesRef(value)));
  }

  private static FieldType gramType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }
}
