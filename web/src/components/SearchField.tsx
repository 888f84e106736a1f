import { nl } from '@/lib/i18n/nl';
import { MAX_QUERY_LENGTH } from '@/lib/search/search-query';
import './SearchField.css';

/** The search field in the header: a plain GET form to /zoeken, so it needs no JavaScript. */
export function SearchField() {
  return (
    <form
      role="search"
      aria-label={nl.search.siteForm}
      action="/zoeken"
      method="get"
      className="search-field"
    >
      <label htmlFor="site-zoekterm" className="visually-hidden">
        {nl.search.label}
      </label>
      <input
        id="site-zoekterm"
        type="search"
        name="q"
        placeholder={nl.search.placeholder}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        required
        className="search-field__input"
      />
      <button type="submit" className="search-field__submit">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{nl.search.submit}</span>
      </button>
    </form>
  );
}
