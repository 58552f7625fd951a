// The elements take their language from the page: tests run on a Danish page unless they say otherwise.
document.documentElement.lang = 'da';
