"""The quotes of the seed articles and FACTS.md, word for word, with who said them: a
name, or the code for a speaker the source does not name ("service_user", "not_said")."""

SEED_QUOTES = {
    "Vi på Stortinget begynner å bli utålmodige": "Kjersti Toppe",
    "Samarbeidet i Polyfon er viktig, dette ønsker jeg nasjonalt.": "Kjersti Toppe",
    "Får Fredrikstad kommune til tre hele stillinger i sin rus- og psykisk helsetjeneste, "
    "må da Bergen minst få til det samme": "Rønnaug Frøiland",
    "Musikkterapi er en langvarig mestringsfølelse. Låtskriving er som å skrive dagbok. "
    "En ekstra streng.": "service_user",
    "Dere skaper helse": "Marianne Borgen",
    "Musikk gir personlig utvikling og sterk personlig vekst. Intuitivt beveger vi oss til "
    "musikk, om vi er gamle demente eller små barn. Jeg ønsker et sterkere og bedre samarbeid "
    "på tvers av helse og musikk": "Marianne Borgen",
    "Her haster det med å håpe": "Inga Marte Thorkildsen",
    "Det er helt forunderlig hva vi tror på av kunnskap. Ofte havner vi inn i en "
    "reduksjonistisk tilnærming der vi får ingen eller lave forventninger, til folk som har "
    "opplevd store traumer eller strever med alvorlig rus- eller psykiske problemer. Vi må se "
    "på alle de tre delene av kunnskapsmodellen (fig.) som like viktig, og oppmerksomheten "
    "rundt brukerkunnskapen må bli større. Vi må være samarbeidspartnere på lik linje":
        "Inga Marte Thorkildsen",
    "Musikkterapi har vært et veldig lyspunkt sånn sett, alle har hver sine utfordringer, - "
    "folk kommer med sin bagasje og har en dårlig uke og en dårlig måned og et dårlig år, også "
    "er det å lukke døra og tenne den derre gnisten da – så - ja ganske så viktig":
        "service_user",
    "Jeg har både dyssosial personlighetsforstyrrelse og ptsd, jeg er aggressiv, har ikke "
    "hemninger og har et temperament uten like. Driter i konsekvenser. Blir jeg sur så spiller "
    "jeg gitar. Hjelper meg å regulere følelsene mine. Gitarspillingen hjelper meg å samle meg":
        "not_said",
    "Dei siste 5-6 åra har det blitt tydeleg at musikkterapeutar – som har ei femårig utdanning "
    "på universitetsnivå – har ein profesjonskompetanse som brukarane finn relevant, og som "
    "helse- og omsorgstenestene har behov for.": "Kjersti Toppe",
    "Musikk er ein viktig del av livet for dei fleste av oss, men det er framleis ganske nytt å "
    "tenkja på at musikk òg er ein nyttig helseressurs.": "Kjersti Toppe",
    "Det er musikken som gjør at jeg tør mer og mer, får styrke til å mestre mer på andre "
    "livsområder også": "service_user",
}
