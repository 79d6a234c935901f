-- People search reads what is typed as the beginnings of words ("navy" of grace@navy.example,
-- "ah" of Soo-ah), so search_text keeps its words apart with spaces, as CleanPerson.searchText
-- now writes it (Who.spaced): hyphens, @, dots, underscores and slashes become spaces.
UPDATE person SET search_text =
    replace(replace(replace(replace(replace(search_text, '-', ' '), '@', ' '), '.', ' '), '_', ' '), '/', ' ');
