/**
 * The help page shipped in dist/ (hjelp.html), which the manifest's support link opens. A page of
 * its own, not part of the pane's catalogue, so the pane does not download it. Texts may use
 * three inline marks: **bold**, `code` and [link text](address).
 */

/** A paragraph, a bulleted list or numbered steps. */
export type HelpBlock = string | { list: string[] } | { steps: string[] };

export interface HelpSection {
  heading: string;
  blocks: HelpBlock[];
}

export const help = {
  title: 'Hjelp til Behovsmelding',
  description: 'Hva Excel-tillegget Behovsmelding gjør, hvordan du bruker det, personvern og tilgjengelighet.',
  otherLanguage: 'Les på nynorsk',
  contents: 'Innhold',
  version: (p: { version: string }) => `Behovsmelding versjon ${p.version}`,
  sections: {
    about: {
      heading: 'Hva Behovsmelding gjør',
      blocks: [
        'Behovsmelding er et tillegg til Excel for barnehage- og skoleeiere som melder behov for statlige midler til kompetanseutvikling sammen med et universitet eller en høgskole (UH). Tiltakene står som rader i et regneark; tillegget sjekker dem mot reglene for tilskuddsrunden, markerer hvert problem på cellen det gjelder, og lager en ferdig formatert behovsmelding.',
        'Tillegget endrer aldri verdiene dine uten at du selv ber om det, og det endrer aldri farger, kantlinjer eller tallformater du har satt. Markeringene er betinget formatering som tillegget fjerner igjen med **Fjern markering**.',
      ],
    },
    steps: {
      heading: 'Slik bruker du panelet',
      blocks: [
        'Åpne arbeidsboken med tiltakene, og velg **Vis panel** i gruppen **Behovsmelding** på fanen **Hjem**.',
        {
          steps: [
            'Trykk **Valider**. Tillegget finner tabellen med tiltakene, sjekker hver rad og markerer problemene på cellene. Oppsummeringen øverst sier hvor mange feil og advarsler det er.',
            'Gå gjennom funnene med **Neste feil** og **Forrige feil** (eller Alt+pil ned og Alt+pil opp). Hvert funn sier hva som er galt, hvordan det rettes, og hvilken regel det bygger på (**Kilde**).',
            'Rett cellene i arket. Panelet sjekker på nytt når du har skrevet noe. Der riktig verdi er sikker, for eksempel et beløp skrevet som tekst, kan du rette med ett klikk; er verdien bare sannsynlig, spør panelet først.',
            'Mangler arket Partnerskap, fyller du det ut i skjemaet **Skjema: arket Partnerskap** i panelet.',
            'Trykk **Lag behovsmelding**. Tillegget lager ett formatert ark per melding, klart til utskrift. Har tabellen fortsatt feil, blir meldingen merket **UTKAST**.',
            'Trykk **Eksporter** for å få meldingen som Excel-fil, PDF eller JSON. Hva som skjer med filen, avhenger av hvor du bruker Excel; panelet sier det hver gang.',
          ],
        },
        'Under **Profil** ser du hvilke regler som brukes og hvorfor. Under **Kolonner** retter du hvilken kolonne som er hva, om tillegget har gjettet feil. Begge valgene lagres i arbeidsboken.',
        'Knappen **Valider** i båndet sjekker og markerer uten å åpne panelet, med samme profil som panelet har valgt.',
      ],
    },
    rules: {
      heading: 'Hvor reglene kommer fra',
      blocks: [
        'Reglene for en tilskuddsrunde ligger i en **profil**: ordningene, fasene, fristene, grensene for koordinator, egenandel og varighet, og hvilke regler som gjelder. Profilene bygger på de offentlige dokumentene for ordningene, som brukerveiledningen for behovsmeldinger og retningslinjene fra statsforvalteren. Under hvert funn står **Kilde**: dokumentet og sitatet regelen bygger på.',
        'En profil er **fastsatt** når den bygger på vedtatte dokumenter, og **foreløpig** når noe ennå ikke er bekreftet; da sier panelet hva som er usikkert. Kompetansenettverket eller samarbeidsforumet kan dele ut en egen profil som fil, og du laster den inn under **Profil**.',
        'Tillegget er et hjelpemiddel. Det er statsforvalteren og samarbeidsforumet som avgjør søknaden, ikke tillegget.',
      ],
    },
    privacy: {
      heading: 'Personvern: hva som forlater maskinen',
      blocks: [
        'Alt tillegget gjør, skjer i Excel på din maskin (eller i nettleseren din i Excel på nettet). Tillegget sender ingen data fra arbeidsboken til noen server, bruker ikke informasjonskapsler og har ingen statistikk over bruken.',
        {
          list: [
            'Programfilene til tillegget hentes fra webserveren der virksomheten din har lagt dem.',
            'Office-biblioteket office.js hentes fra Microsofts nettsted `appsforoffice.microsoft.com`, slik Microsoft krever for alle tillegg. office.js er en del av Office og kan sende tekniske data om Office til Microsoft, slik resten av Office gjør; det styres av virksomhetens avtale og innstillinger for Microsoft 365, ikke av tillegget.',
            'Valgene dine (profil, kolonner og hvilke markeringer tillegget har laget) lagres i arbeidsboken selv og følger filen.',
            'Eksporterte filer lagres der du selv velger, eller legges på utklippstavlen.',
          ],
        },
      ],
    },
    accessibility: {
      heading: 'Tilgjengelighetserklæring',
      blocks: [
        'Offentlige virksomheter skal følge forskrift om universell utforming av IKT-løsninger, som krever at løsningene oppfyller WCAG 2.1 på nivå AA. Målet er at Behovsmelding gjør det. Slik er det sjekket, og dette vet vi at ikke er godt nok ennå:',
        {
          list: [
            '**Testet automatisk:** panelet sjekkes med verktøyet axe i nettleseren Chromium i alle trinn av arbeidsflyten, 320 og 1366 piksler bredt, i lyst og mørkt tema, og denne hjelpesiden sjekkes på samme måte. Panelet er laget for å brukes med tastaturet alene; testene sjekker en del av det: Alt+pil mellom feilene, at fokus blir på knappen du brukte, at siden ikke må rulles sidelengs, og at det som endrer seg, står i et område skjermlesere leser opp.',
            '**Ikke bare farge:** en feil markeres med fet skrift og heltrukken ramme, en advarsel med kursiv og stiplet ramme.',
            '**Ikke testet:** panelet er ikke prøvd med skjermlesere (NVDA, JAWS, Skjermleser i Windows, VoiceOver) og ikke i ekte Excel; det er heller ikke gjort en manuell gjennomgang av en fagperson. Automatiske tester finner bare en del av problemene.',
            '**Kjente mangler:** PDF-en av meldingen er ikke strukturmerket (tagget), så skjermlesere leser den dårlig; bruk Excel-filen eller meldingsarket i stedet. Meldingsarket er ikke sjekket med Excels egen tilgjengelighetskontroll.',
          ],
        },
        'Finner du noe som ikke virker for deg, si fra til brukerstøtten (se under), så det kan bli rettet.',
      ],
    },
    trouble: {
      heading: 'Når noe ikke virker',
      blocks: [
        '**Sjekk oppsettet** under Hjelp i panelet prøver alt tillegget gjør i Excel på et midlertidig ark som slettes etterpå, og viser hvilken Excel du har og hva som virker. Arkene dine blir ikke rørt. Kopier teksten og send den med når du melder fra om en feil.',
        'Viser panelet en gammel versjon etter en oppdatering, lukk Excel helt og åpne det igjen. Hjelper ikke det, kan brukerstøtten tømme Office-hurtigbufferen på maskinen.',
      ],
    },
    contact: {
      heading: 'Kontakt',
      blocks: [
        {
          list: [
            '**Bruk av tillegget og feil:** brukerstøtten (IT) i virksomheten din, som har installert tillegget. Legg ved teksten fra **Sjekk oppsettet**.',
            '**Reglene i tilskuddsordningen:** statsforvalteren i fylket ditt, eller kompetansenettverket og samarbeidsforumet i regionen.',
          ],
        },
      ],
    },
  } satisfies Record<string, HelpSection>,
};
