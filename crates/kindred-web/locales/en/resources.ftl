# Kindred resources strings: English (source language).
# Produced by: the Kindred developers. Status: source text.

## The resource library.

resources-title = Resource library
resources-intro = Trustworthy information and organisations that can help, chosen for people in peer support groups. Every entry says who reviewed it and when. For medical advice, talk to your GP, pharmacist or care team.
resources-search-label = Search the library
resources-none = Nothing in the library matches. Try fewer words or other filters.
resources-count = { $count ->
    [one] { $count } resource
   *[other] { $count } resources
}
resources-bad-filter = One of the filters was not understood ({ $field }). Clear it and try again.
resources-kind = Type
resources-category = Topic
resources-kind-article = Article
resources-kind-link = Link to another organisation
resources-overdue-badge = Past its review date
resources-overdue = This entry is past its review date ({ $date }). Some details may be out of date; check with the organisation or your care team.
resources-reviewed = Reviewed by { $who } on { $date }. Next review due { $due }.
resources-also-in = Also in:
resources-link-intro = This is a link to another organisation's website. Kindred does not run it.
resources-visit = Visit { $host }
resources-link-note = The link opens the other organisation's site, which has its own privacy policy.

resources-group-heading = Resources
resources-manage-link = Choose resources for this group
resources-group-title = Resources for { $group }
resources-group-intro = Attach articles and links from the library to your group's page, so members find them easily.
resources-group-attached = On the group's page
resources-group-none = None yet.
resources-group-remove = Remove
resources-group-add = Add from the library
resources-group-choose = Resource
resources-group-attach = Attach

home-more-title = More from Kindred
home-more-resources = reviewed articles and organisations that can help
home-more-training = free courses for people who run groups
