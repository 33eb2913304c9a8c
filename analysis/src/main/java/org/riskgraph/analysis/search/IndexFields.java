package org.riskgraph.analysis.search;

/** The Lucene field names; docs/search.md explains what each holds and why. */
final class IndexFields {

  // every document
  static final String UID = "uid";
  static final String KIND = "kind";
  static final String KEY = "key";
  static final String KEY_LOWER = "key_lc";
  static final String DISPLAY = "display";

  // person
  static final String NAME = "name";
  static final String NAME_GRAM = "name_gram";
  static final String NAME_INVERSE_LENGTH = "name_inv_len";
  static final String PINYIN = "py_full";
  static final String PINYIN_INITIALS = "py_initials";
  static final String PINYIN_SYLLABLE = "py_syllable";
  static final String ID_NUMBER = "id_number";
  static final String ID_GRAM = "id_gram";
  static final String ID_DELETIONS = "id_del";
  static final String ID_TAIL = "id_tail";
  static final String BIRTH = "birth";
  static final String GENDER = "gender";

  // vehicle
  static final String PLATE = "plate";
  static final String PLATE_OCR = "plate_ocr";
  static final String PLATE_GRAM = "plate_gram";
  static final String PLATE_OCR_GRAM = "plate_ocr_gram";
  static final String PLATE_OCR_DELETIONS = "plate_ocr_del";

  // phone
  static final String PHONE = "phone";
  static final String PHONE_GRAM = "phone_gram";
  static final String PHONE_DELETIONS = "phone_del";
  static final String PHONE_TAIL = "phone_tail";

  // incident and dispute; persons share VILLAGE_TEXT
  static final String SUMMARY = "summary";
  static final String SUMMARY_BIGRAM = "summary_bigram";
  static final String CATEGORY_TEXT = "category_text";
  static final String VILLAGE_TEXT = "village_text";
  static final String VILLAGE_NAME = "village_name";

  static final int ID_GRAM_SIZE = 6;
  static final int PHONE_GRAM_SIZE = 4;
  static final int PLATE_GRAM_SIZE = 3;

  private IndexFields() {}
}
