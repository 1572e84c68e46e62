import { describe, expect, it } from "vitest";
import { isPlainlyEnglish } from "./english-cue.js";
import { resolveLanguage } from "./language.js";

const ENGLISH =
  "The central bank said on Thursday that it would keep interest rates on hold, and that the economy had been growing faster than expected since the summer.";

const OTHERS: [string, string][] = [
  [
    "fr",
    "Le gouvernement a annoncé mardi une série de mesures pour soutenir l'économie face à la hausse des prix, et le ministre a dit que ce plan serait appliqué dès la semaine prochaine.",
  ],
  [
    "de",
    "Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Wirtschaft angekündigt, und der Minister sagte, dass das Paket noch in dieser Woche beschlossen werden soll.",
  ],
  [
    "es",
    "El Gobierno anunció el martes un paquete de medidas para apoyar a la economía tras la subida de los precios, y el ministro dijo que el plan se aplicará desde la próxima semana.",
  ],
  [
    "it",
    "Il governo ha annunciato martedì una serie di misure per sostenere l'economia dopo l'aumento dei prezzi, e il ministro ha detto che il piano sarà applicato dalla prossima settimana.",
  ],
  [
    "nl",
    "De regering heeft dinsdag een reeks maatregelen aangekondigd om de economie te steunen na de stijging van de prijzen, en de minister zei dat het plan volgende week ingaat.",
  ],
  [
    "hi",
    "सरकार ने मंगलवार को कीमतों में बढ़ोतरी के बाद अर्थव्यवस्था को सहारा देने के लिए कई उपायों की घोषणा की और मंत्री ने कहा कि यह योजना अगले सप्ताह से लागू होगी।",
  ],
];

describe("isPlainlyEnglish", () => {
  it("recognises English news prose, curly quotes and currency signs included", () => {
    expect(isPlainlyEnglish(ENGLISH)).toBe(true);
    expect(isPlainlyEnglish(`${ENGLISH} “It was a £5m deal,” he said — and they agreed.`)).toBe(
      true,
    );
  });

  it("leaves short or name-heavy text to the full detector", () => {
    expect(isPlainlyEnglish("Ask Jeeves tips online ad revival")).toBe(false);
    expect(isPlainlyEnglish("12345 67890")).toBe(false);
  });

  it.each(OTHERS)("does not claim %s text", (_language, text) => {
    expect(isPlainlyEnglish(text)).toBe(false);
  });

  it("does not claim Indonesian written without accents", () => {
    expect(
      isPlainlyEnglish(
        "Pemerintah mengumumkan pada hari Selasa serangkaian langkah untuk mendukung ekonomi yang sedang melambat, dan menteri mengatakan bahwa rencana itu akan mulai berlaku minggu depan.",
      ),
    ).toBe(false);
  });

  it("does not claim English quoted inside a French article", () => {
    expect(
      isPlainlyEnglish(
        `Le président a cité le journal : « ${ENGLISH} » Puis il a ajouté que la France ne suivrait pas.`,
      ),
    ).toBe(false);
  });
});

describe("resolveLanguage beyond English", () => {
  it.each(OTHERS)("detects %s", (language, text) => {
    expect(resolveLanguage(undefined, text, [])).toEqual({ language, detected: true });
  });

  it("detects English by its function words", () => {
    expect(resolveLanguage(undefined, "Rates on hold", [{ text: ENGLISH }])).toEqual({
      language: "en",
      detected: true,
    });
  });
});
