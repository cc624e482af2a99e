package variant

import (
	"context"
	"net/http"

	"gorm.io/gorm"
)

type User struct{}

type Repo struct{ db *gorm.DB }

var DB *gorm.DB

func (r *Repo) Find(ctx context.Context, id int) error {
	var u User
	r.db.Where("id = ?", id).First(&u) // want `gorm First on r.db does not take the context in scope \(no WithContext\); use r.db.WithContext\(ctx\)`
	DB.Find(&u)                        // want `gorm Find on DB does not take`
	q := r.db.Where("x")
	q.First(&u)                                // want `gorm First on r.db does not take`
	r.db.Transaction(func(tx *gorm.DB) error { // want `gorm Transaction on r.db does not take`
		return tx.Create(&u).Error // ok: tx carries the transaction's context
	})

	r.db.WithContext(ctx).Where("id = ?", id).First(&u) // ok: bound to ctx
	bound := r.db.WithContext(ctx)
	bound.Where("x").Find(&u)                           // ok: bound to ctx
	r.db.Session(&gorm.Session{Context: ctx}).First(&u) // ok: Session may bind a context
	return r.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return tx.First(&u).Error // ok: tx inherits the context
	})
}

func (r *Repo) handle(w http.ResponseWriter, req *http.Request, db *gorm.DB) {
	var u User
	db.First(&u)    // ok: a parameter may already carry a context
	r.db.Create(&u) // want `gorm Create on r.db does not take .*; use r.db.WithContext\(req.Context\(\)\)`
}

func (r *Repo) noContext() {
	var u User
	r.db.First(&u) // ok: no context in scope
}
