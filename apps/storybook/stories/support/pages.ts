// Page frames for the "in context" stories: the elements where their users meet them, in a
// kl.dk-style article column and on a municipality's own page. Mock-ups, not the real sites.
import { html, type TemplateResult } from 'lit';
import './pages.css';

/** A kl.dk-style article: site header, a narrow column of serif text with headings, `content` in it. */
export const klDkArticle = (content: TemplateResult): TemplateResult => html`<div class="page kl-page">
  <header class="kl-header">
    <span class="kl-logo">KL</span>
    <nav aria-label="Hovedmenu">
      <ul>
        <li><a href="#kl-article">Politik og økonomi</a></li>
        <li><a href="#kl-article" aria-current="page">Digitalisering og teknologi</a></li>
        <li><a href="#kl-article">Nyheder</a></li>
      </ul>
    </nav>
  </header>
  <main id="kl-article" class="kl-article">
    <p class="kl-kicker">Digitalisering og teknologi · Kortlægning</p>
    <h1>Kommunernes strategiske arbejde med digitalisering</h1>
    <p class="kl-lead">
      KL kortlægger her kommunernes strategiske arbejde med digitalisering. For hvad er fællesnævnerne og forskellene i
      kommunernes strategiske dokumenter på digitaliseringsområdet?
    </p>
    <p>
      Ud over de fællesoffentlige og fælleskommunale strategier sætter kommunerne også selv retning for den enkelte kommunes
      digitale ambitioner. Kommunerne arbejder strategisk med digitalisering på mange planer og måder. Det kan være gennem
      digitaliseringsstrategier, principper eller politikker.
    </p>
    <h2>Kortet</h2>
    ${content}
    <p>
      Kortlægningen baserer sig på research af offentligt tilgængelige dokumenter. Står man overfor at skulle udarbejde en ny
      strategi i kommunen, kan man med denne kortlægning finde inspiration i andre kommuners tilgange og strategier.
    </p>
    <h2>Typer af strategiske dokumenter</h2>
    <p>
      Den mest gængse type af dokument er en "digitaliseringsstrategi". De fleste er opbygget med først vision og
      målsætninger, derefter principper for arbejdet med digitalisering og dernæst temaer og indsatsområder.
    </p>
  </main>
</div>`;

/** A municipality's page: header, navigation, breadcrumb, `content` in the main column, `aside` beside it, footer. */
export const municipalPage = (content: TemplateResult, aside: TemplateResult): TemplateResult => html`<div class="page town-page">
  <header class="town-header">
    <span class="town-logo">Sorø Kommune</span>
    <nav aria-label="Hovedmenu">
      <ul>
        <li><a href="#town-main">Borger</a></li>
        <li><a href="#town-main">Erhverv</a></li>
        <li><a href="#town-main" aria-current="page">Politik og indflydelse</a></li>
        <li><a href="#town-main">Om kommunen</a></li>
      </ul>
    </nav>
  </header>
  <nav class="town-breadcrumb" aria-label="Brødkrumme">
    <ol>
      <li><a href="#town-main">Forside</a></li>
      <li><a href="#town-main">Politik og indflydelse</a></li>
      <li aria-current="page">Digitalisering</li>
    </ol>
  </nav>
  <div class="town-body">
    <main id="town-main" class="town-main">
      <h1>Digitalisering i Sorø Kommune</h1>
      <p>
        I Sorø Kommune arbejder man med digitalisering ud fra principper. Det fungerer godt, fordi tingene og teknologien går
        stærkt, og derfor er det mere effektivt at gå direkte i gang med digitale projekter og tiltag.
      </p>
      <h2>Hvor står vi i forhold til de andre kommuner?</h2>
      ${content}
    </main>
    <aside class="town-aside" aria-labelledby="town-facts">
      <h2 id="town-facts">Fakta</h2>
      ${aside}
      <p>Sorø Kommune ligger i Region Sjælland.</p>
    </aside>
  </div>
  <footer class="town-footer">
    <p>Eksempelside til Storybook, ikke kommunens rigtige hjemmeside.</p>
    <ul>
      <li><a href="#town-main">Kontakt</a></li>
      <li><a href="#town-main">Tilgængelighedserklæring</a></li>
    </ul>
  </footer>
</div>`;
